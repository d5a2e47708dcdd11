-- A check made from a CAT tool's bilingual file (XLIFF, TMX, PO) keeps the file as uploaded: its
-- units name the segments, and an XLIFF goes back to the CAT tool with the findings as notes,
-- the rest byte for byte. The texts columns hold the units laid out a paragraph each.
alter table check_run add column bilingual_name varchar(255);
alter table check_run add column bilingual_content bytea;

