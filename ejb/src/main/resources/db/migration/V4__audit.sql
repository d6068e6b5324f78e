-- The confidentiality log (issue 5): one row per act, append-only, chained by SHA-256.
-- Written for both MariaDB 10.11 and H2 (MODE=MariaDB). Each entry's hash covers its content and the previous entry's
-- hash (see org.saphan.domain.model.audit.AuditChain); the sequence is assigned under the lock of audit_head, so the
-- chain has one order even with many writers on many servers.
CREATE TABLE audit_entry (
    seq             BIGINT        NOT NULL,
    occurred_at     TIMESTAMP(3)  NOT NULL,
    actor_subject   VARCHAR(128)  NOT NULL,
    actor_username  VARCHAR(128)  NULL,
    actor_role      VARCHAR(64)   NULL,
    actor_agency    VARCHAR(64)   NULL,
    action          VARCHAR(48)   NOT NULL,
    object_type     VARCHAR(32)   NULL,
    object_id       VARCHAR(64)   NULL,
    -- the bookings a list showed, comma-separated references: "who saw what" for lists too
    object_ids      TEXT          NULL,
    outcome         VARCHAR(16)   NOT NULL,
    reason          VARCHAR(1000) NULL,
    request_id      VARCHAR(64)   NULL,
    prev_hash       CHAR(64)      NOT NULL,
    entry_hash      CHAR(64)      NOT NULL,
    CONSTRAINT pk_audit_entry PRIMARY KEY (seq)
);
CREATE INDEX ix_audit_entry_time ON audit_entry (occurred_at);
CREATE INDEX ix_audit_entry_actor ON audit_entry (actor_subject, seq);
CREATE INDEX ix_audit_entry_object ON audit_entry (object_id, seq);
CREATE INDEX ix_audit_entry_request ON audit_entry (request_id);

-- The head of the chain: one row, locked FOR UPDATE by every writer until its transaction ends. chain_id names this
-- chain in the signed checkpoints kept outside the database; the application sets it on the first write.
CREATE TABLE audit_head (
    id         INT          NOT NULL,
    last_seq   BIGINT       NOT NULL,
    last_hash  CHAR(64)     NOT NULL,
    chain_id   VARCHAR(36)  NULL,
    CONSTRAINT pk_audit_head PRIMARY KEY (id)
);
INSERT INTO audit_head (id, last_seq, last_hash, chain_id)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000', NULL);
