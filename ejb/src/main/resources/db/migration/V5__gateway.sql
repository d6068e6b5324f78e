-- The gateway's admission and its records. Tickets and guest codes are stored only as SHA-256 hashes: the secret
-- itself exists only in the client's hands. Session records say who joined a room and for how long, never content.

CREATE TABLE gateway_ticket (
    ticket_hash          VARCHAR(64)  NOT NULL,
    channel              VARCHAR(16)  NOT NULL,
    booking_reference    VARCHAR(18)  NULL,
    subject              VARCHAR(128) NOT NULL,
    username             VARCHAR(128) NULL,
    participant_role     VARCHAR(16)  NOT NULL,
    agency               VARCHAR(64)  NULL,
    interpreter_id       BIGINT       NULL,
    issued_at            TIMESTAMP(3) NOT NULL,
    expires_at           TIMESTAMP(3) NOT NULL,
    identity_expires_at  TIMESTAMP(3) NOT NULL,
    used_at              TIMESTAMP(3) NULL,
    CONSTRAINT pk_gateway_ticket PRIMARY KEY (ticket_hash)
);
CREATE INDEX ix_gateway_ticket_expires ON gateway_ticket (expires_at);

CREATE TABLE guest_code (
    code_hash          VARCHAR(64)  NOT NULL,
    booking_reference  VARCHAR(18)  NOT NULL,
    issued_by          VARCHAR(128) NOT NULL,
    issued_at          TIMESTAMP(3) NOT NULL,
    expires_at         TIMESTAMP(3) NOT NULL,
    used_at            TIMESTAMP(3) NULL,
    CONSTRAINT pk_guest_code PRIMARY KEY (code_hash),
    CONSTRAINT fk_guest_code_booking FOREIGN KEY (booking_reference) REFERENCES booking (reference)
);

CREATE TABLE session_record (
    id                 BIGINT       NOT NULL AUTO_INCREMENT,
    booking_reference  VARCHAR(18)  NOT NULL,
    participant        VARCHAR(32)  NOT NULL,
    participant_role   VARCHAR(16)  NOT NULL,
    subject            VARCHAR(128) NULL,
    joined_at          TIMESTAMP(3) NOT NULL,
    left_at            TIMESTAMP(3) NOT NULL,
    duration_seconds   BIGINT       NOT NULL,
    bytes_in           BIGINT       NOT NULL,
    bytes_out          BIGINT       NOT NULL,
    messages_in        BIGINT       NOT NULL,
    close_code         INT          NULL,
    CONSTRAINT pk_session_record PRIMARY KEY (id),
    CONSTRAINT fk_session_record_booking FOREIGN KEY (booking_reference) REFERENCES booking (reference)
);
CREATE INDEX ix_session_record_booking ON session_record (booking_reference, joined_at);
