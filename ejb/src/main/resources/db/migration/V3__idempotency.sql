-- Retries of POST /api/bookings made safe: one row per caller and Idempotency-Key, with a hash of what was asked.
-- The same key with the same request answers with the same booking; with another request it is refused.
CREATE TABLE idempotency_key (
    subject            VARCHAR(128) NOT NULL,
    idem_key           VARCHAR(128) NOT NULL,
    request_hash       VARCHAR(64)  NOT NULL,
    booking_reference  VARCHAR(18)  NOT NULL,
    created_at         TIMESTAMP(3) NOT NULL,
    CONSTRAINT pk_idempotency_key PRIMARY KEY (subject, idem_key),
    CONSTRAINT fk_idempotency_key_booking FOREIGN KEY (booking_reference) REFERENCES booking (reference)
);
