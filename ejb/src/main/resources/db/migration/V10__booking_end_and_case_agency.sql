-- Hardening (issue 11). Written for both MariaDB 10.11 and H2 (MODE=MariaDB).

-- How a booking ends: the interpreter's check-in and check-out (actual times), the requester's confirmation, a
-- no-show and which side was absent, and the actual end, which frees the interpreter before the scheduled end.
ALTER TABLE booking MODIFY status VARCHAR(32) NOT NULL; -- ENDED_UNCONFIRMED is longer than 16
ALTER TABLE booking ADD COLUMN checked_in_at TIMESTAMP(3) NULL;
ALTER TABLE booking ADD COLUMN checked_out_at TIMESTAMP(3) NULL;
ALTER TABLE booking ADD COLUMN confirmed_at TIMESTAMP(3) NULL;
ALTER TABLE booking ADD COLUMN absent_party VARCHAR(16) NULL;

-- An assignment blocks the interpreter until its actual end when the work ended early (a session ended, a check-out,
-- a no-show); until its scheduled end otherwise.
ALTER TABLE assignment ADD COLUMN ended_at TIMESTAMP(3) NULL;
-- A hand assignment with an override (and the rule it set aside) waits for a second coordinator's review.
ALTER TABLE assignment ADD COLUMN override_rule VARCHAR(32) NULL;
ALTER TABLE assignment ADD COLUMN override_reviewed_by VARCHAR(128) NULL;
ALTER TABLE assignment ADD COLUMN override_reviewed_at TIMESTAMP(3) NULL;
ALTER TABLE assignment ADD COLUMN override_review_note VARCHAR(500) NULL;

-- Case codes are unique within an agency only: an exclusion belongs to the agency's case. Exclusions a coordinator
-- made before had no agency; they go to the agency whose bookings carry the code (the first by name if several do,
-- which before this migration shared one exclusion anyway).
UPDATE case_exclusion SET agency = (SELECT MIN(b.requester_agency) FROM booking b
    WHERE b.case_code = case_exclusion.case_code) WHERE agency IS NULL;
UPDATE case_exclusion SET agency = '-' WHERE agency IS NULL; -- no booking has the code: kept, matching no agency
ALTER TABLE case_exclusion MODIFY agency VARCHAR(64) NOT NULL;
ALTER TABLE case_exclusion DROP CONSTRAINT uq_case_exclusion_case_interpreter;
ALTER TABLE case_exclusion ADD CONSTRAINT uq_case_exclusion_agency_case_interpreter
    UNIQUE (agency, case_code, interpreter_id);
CREATE INDEX ix_booking_agency_case_code ON booking (requester_agency, case_code);
