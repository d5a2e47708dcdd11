-- Sessions that end: a form session carries its user's session version, and signing out,
-- a new password or a disabled account raise it, which ends every session of that user.
alter table account add column session_version integer default 0 not null;
