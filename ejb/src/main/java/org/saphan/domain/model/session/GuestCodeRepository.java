package org.saphan.domain.model.session;

import java.time.Instant;
import java.util.Optional;

/** Join codes for guests' devices, by the hash of the code; and the rejoin credentials they turned into. */
public interface GuestCodeRepository {

    void store(IssuedGuestCode code);

    /**
     * Spends the code at {@code now} if it is unused and unexpired, for the guest {@code guestSubject} whose device
     * rejoins with the credential hashed as {@code rejoinHash}; empty when it is unknown, used or expired.
     * Implementations spend it in one conditional write, so that a code admits one device only.
     */
    Optional<GuestPass> redeem(String hash, Instant now, String guestSubject, String rejoinHash);

    /** The guest whose device holds the rejoin credential hashed as {@code rejoinHash}. */
    Optional<GuestPass> findByRejoin(String rejoinHash);
}
