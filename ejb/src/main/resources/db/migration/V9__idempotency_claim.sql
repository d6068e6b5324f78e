-- Parallel retries with one Idempotency-Key (issue 11): a request claims its key first, as a row without a booking,
-- and fills in the booking in the same transaction. A parallel request with the same key waits on that row and then
-- answers with the booking the first one made, instead of failing on the duplicate key.
ALTER TABLE idempotency_key MODIFY COLUMN booking_reference VARCHAR(18) NULL;
