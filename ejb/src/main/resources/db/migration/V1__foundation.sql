-- Saphan's first schema version. Written for both MariaDB and H2 (in MariaDB mode): no vendor-only syntax.

-- An interpreter's identity in the pool: the profile itself grows in later versions.
CREATE TABLE interpreter (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    username      VARCHAR(64)  NULL,
    display_name  VARCHAR(200) NOT NULL,
    gender        VARCHAR(16)  NOT NULL,
    status        VARCHAR(16)  NOT NULL,
    version       BIGINT       NOT NULL DEFAULT 0,
    created_at    TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    CONSTRAINT pk_interpreter PRIMARY KEY (id),
    CONSTRAINT uq_interpreter_username UNIQUE (username)
);
