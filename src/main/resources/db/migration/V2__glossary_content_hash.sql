-- A glossary is found by its name and the SHA-256 of its content instead of comparing whole texts;
-- the unique index makes two identical uploads at the same instant one row. Rows stored before
-- this migration have no hash: they stay, and an identical upload stores one new row beside them.
alter table glossary add column content_hash varchar(64);
create unique index glossary_name_hash on glossary (name, content_hash);
