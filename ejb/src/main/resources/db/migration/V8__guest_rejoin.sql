-- A guest's rejoin credential. Redeeming a join code (still once) gives that one device a second secret, held in the
-- page's memory only, with which it comes back to the same room as the same participant while the room is open (a
-- phone that switched apps, a dropped connection). Like every secret of the gateway, only its SHA-256 is kept.
ALTER TABLE guest_code ADD COLUMN rejoin_hash VARCHAR(64) NULL;
ALTER TABLE guest_code ADD COLUMN guest_subject VARCHAR(40) NULL;
CREATE UNIQUE INDEX ux_guest_code_rejoin ON guest_code (rejoin_hash);
