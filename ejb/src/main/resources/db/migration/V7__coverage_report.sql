-- The coverage report (issue 9) reads bookings by start time and counts them by language, province, mode and
-- status, and joins filled ones to their assignment by reference. This index holds every column it reads, so the
-- report is a range scan of the index alone, never of the table (1,000,000 bookings: bench/README.md).
CREATE INDEX ix_booking_coverage ON booking (starts_at, person_language, booking_mode, province, status, created_at,
    reference);
-- The report's pool figures read active interpreters by the day their vetting ends: a range of this index alone.
CREATE INDEX ix_interpreter_vetting ON interpreter (status, background_check_valid_until, agreement_signed_on);
