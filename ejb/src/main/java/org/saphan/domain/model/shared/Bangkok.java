package org.saphan.domain.model.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** Saphan's local time: availability, booking dates and vetting validity are read in Asia/Bangkok. */
public final class Bangkok {

    public static final ZoneId ZONE = ZoneId.of("Asia/Bangkok");

    private Bangkok() {
    }

    /** The local date of an instant in Thailand. */
    public static LocalDate dateOf(Instant instant) {
        return instant.atZone(ZONE).toLocalDate();
    }
}
