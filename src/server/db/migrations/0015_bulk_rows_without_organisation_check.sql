-- An intake or an import writes two record keys, a person and a case for every case; each of those rows
-- checked its organisation against `organisations`. The check already holds by other means: row-level
-- security admits a row only with the organisation of the signed-in user (WITH CHECK), that organisation
-- exists (sign-in reads it), and the application's role may not delete organisations. On the embedded
-- database the check also cost most of a write's file-system calls: the planner reads a one-page table
-- whole rather than by index, and every such read asks the file for its size (four per imported case,
-- about 0.4 s of a 10,000-row import). Every other table keeps its organisation reference.
ALTER TABLE record_keys DROP CONSTRAINT record_keys_organisation_id_fkey;
ALTER TABLE people DROP CONSTRAINT people_organisation_id_fkey;
ALTER TABLE cases DROP CONSTRAINT cases_organisation_id_fkey;
