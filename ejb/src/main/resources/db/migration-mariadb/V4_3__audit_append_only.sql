-- MariaDB only (SchemaMigration adds this location on MariaDB): the log is append-only for every account,
-- the application's own included. Removing these triggers needs the TRIGGER privilege, which the run-time account
-- should not have (see the README, "Confidentiality log").
CREATE TRIGGER audit_entry_no_update BEFORE UPDATE ON audit_entry FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_entry is append-only';
CREATE TRIGGER audit_entry_no_delete BEFORE DELETE ON audit_entry FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_entry is append-only';
CREATE TRIGGER audit_head_no_delete BEFORE DELETE ON audit_head FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_head cannot be deleted';
