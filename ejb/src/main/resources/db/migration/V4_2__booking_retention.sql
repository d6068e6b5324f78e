-- When the retention job pseudonymised a booking's details (place, note, contact, parties); NULL until then.
ALTER TABLE booking ADD COLUMN pseudonymised_at TIMESTAMP(3) NULL;
CREATE INDEX ix_booking_retention ON booking (pseudonymised_at, starts_at);
