package org.saphan.domain.model.interpreter;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;
import org.saphan.domain.model.shared.Bangkok;
import org.saphan.domain.model.shared.TimeWindow;
import org.saphan.domain.model.shared.ValidationException;

/**
 * A dated time an interpreter is away, whatever its weekly windows say. Entered in Asia/Bangkok local time, kept as
 * instants so that it compares directly with bookings.
 */
@Embeddable
public class Absence {

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    /** For JPA only. */
    protected Absence() {
    }

    public Absence(Instant from, Instant until) {
        this.startsAt = ValidationException.requirePresent(from, "absences", "The start of an absence is missing.");
        this.endsAt = ValidationException.requirePresent(until, "absences", "The end of an absence is missing.");
        if (!until.isAfter(from)) {
            throw new ValidationException("absences", "An absence must end after it starts.");
        }
    }

    /** An absence between two local times in Thailand. */
    public static Absence bangkok(LocalDateTime from, LocalDateTime to) {
        ValidationException.requirePresent(from, "absences", "The start of an absence is missing.");
        ValidationException.requirePresent(to, "absences", "The end of an absence is missing.");
        return new Absence(from.atZone(Bangkok.ZONE).toInstant(), to.atZone(Bangkok.ZONE).toInstant());
    }

    /** Whole days in Thailand, from the first to the last, both included. */
    public static Absence days(LocalDate first, LocalDate last) {
        ValidationException.requirePresent(first, "absences", "The first day of an absence is missing.");
        ValidationException.requirePresent(last, "absences", "The last day of an absence is missing.");
        return bangkok(first.atStartOfDay(), last.plusDays(1).atStartOfDay());
    }

    public Instant from() {
        return startsAt;
    }

    public Instant until() {
        return endsAt;
    }

    public TimeWindow window() {
        return TimeWindow.between(startsAt, endsAt);
    }

    public boolean overlaps(TimeWindow window) {
        return startsAt.isBefore(window.end()) && window.start().isBefore(endsAt);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Absence that && startsAt.equals(that.startsAt) && endsAt.equals(that.endsAt);
    }

    @Override
    public int hashCode() {
        return Objects.hash(startsAt, endsAt);
    }

    @Override
    public String toString() {
        return "absent " + startsAt + "/" + endsAt;
    }
}
