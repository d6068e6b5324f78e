-- An interpreter acknowledges the confidentiality terms for one assignment before it sees the assignment's details.
CREATE TABLE booking_acknowledgement (
    booking_reference  VARCHAR(18)  NOT NULL,
    interpreter_id     BIGINT       NOT NULL,
    terms_version      VARCHAR(32)  NOT NULL,
    acknowledged_at    TIMESTAMP(3) NOT NULL,
    CONSTRAINT pk_booking_acknowledgement PRIMARY KEY (booking_reference, interpreter_id),
    CONSTRAINT fk_booking_acknowledgement_booking FOREIGN KEY (booking_reference) REFERENCES booking (reference),
    CONSTRAINT fk_booking_acknowledgement_interpreter FOREIGN KEY (interpreter_id) REFERENCES interpreter (id)
);
