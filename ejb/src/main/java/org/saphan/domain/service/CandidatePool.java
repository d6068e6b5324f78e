package org.saphan.domain.service;

import java.time.Instant;
import java.util.List;
import org.saphan.domain.model.booking.Booking;
import org.saphan.domain.model.interpreter.Interpreter;

/**
 * Where the snapshots to match come from; implemented by infrastructure, which can read them in bulk.
 * <p>
 * For a booking, {@link #candidatesFor} returns one snapshot per interpreter who could get an offer and
 * {@link #wholePoolFor} one per interpreter of the pool, both in a stable order such as by id, since ties keep it.
 * Each snapshot holds the profile, vetting, availability and on-call switch; {@code excludedForCase} from the case's
 * exclusions; {@code servedCase} when an assignment of the same case code exists for the interpreter; the active
 * assignments that end after the booking's start minus the travel buffer and start before its end plus the buffer;
 * the minutes of assignments in the 14 days before {@code now}; and the median seconds between offer and answer over
 * recent answered offers.
 */
public interface CandidatePool {

    /**
     * Those who could get an offer now: an implementation may leave out anyone who breaks a rule it can check cheaply
     * in bulk (inactive, a language not spoken, vetting not valid on the booking's day, not remote for remote work,
     * not serving the province on site, off call for an immediate booking), so that the matcher qualifies and ranks
     * exactly as over the whole pool, but they are then missing from the result's exclusions. For offers, not for
     * explanations.
     */
    List<CandidateSnapshot> candidatesFor(Booking booking, Instant now);

    /** As {@link #candidatesFor}, but keeping those off call: to count who would qualify if they were on call. */
    List<CandidateSnapshot> candidatesOnOrOffCallFor(Booking booking, Instant now);

    /** Everyone in the pool, so that the matcher can say which rule excluded each; for explanations. */
    List<CandidateSnapshot> wholePoolFor(Booking booking, Instant now);

    /** The snapshot of one interpreter for one booking, to check the rules again at the moment of accepting. */
    CandidateSnapshot snapshotOf(Booking booking, Interpreter interpreter, Instant now);
}
