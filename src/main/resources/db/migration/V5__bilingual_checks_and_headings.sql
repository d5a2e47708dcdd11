-- A check made from a CAT tool's bilingual file (XLIFF, TMX, PO) keeps the file as uploaded: its
-- units name the segments, and an XLIFF goes back to the CAT tool with the findings as notes,
-- the rest byte for byte. The texts columns hold the units laid out a paragraph each.
alter table check_run add column bilingual_name varchar(255);
alter table check_run add column bilingual_content bytea;

-- Where the headings of an uploaded document are (HTML h1-h6, ODF text:h), per language:
-- en=0-24,300-320;ru=0-20. Null for texts without headings.
alter table check_run add column headings text;
