-- Walks over the whole audit chain (issue 13). GET /api/audit/verify checks only the entries after the last signed
-- checkpoint, inside the request; the walk from the first entry runs in the background, and its progress and result
-- are kept here, so that every coordinator on every server sees the same. Written for MariaDB and H2 (MODE=MariaDB).
CREATE TABLE audit_walk (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    state          VARCHAR(16)   NOT NULL,
    -- 1 while running, NULL afterwards: with the unique index, one walk runs at a time, across servers
    running        SMALLINT      NULL,
    started_at     TIMESTAMP(3)  NOT NULL,
    started_by     VARCHAR(128)  NOT NULL,
    -- the head when the walk began: it checks the chain up to there, and the chain must end with this hash there
    up_to          BIGINT        NOT NULL,
    up_to_hash     CHAR(64)      NOT NULL,
    checked        BIGINT        NOT NULL,
    valid          BOOLEAN       NULL,
    first_invalid  BIGINT        NULL,
    problem        VARCHAR(300)  NULL,
    updated_at     TIMESTAMP(3)  NOT NULL,
    finished_at    TIMESTAMP(3)  NULL,
    CONSTRAINT pk_audit_walk PRIMARY KEY (id)
);
CREATE UNIQUE INDEX uq_audit_walk_running ON audit_walk (running);
