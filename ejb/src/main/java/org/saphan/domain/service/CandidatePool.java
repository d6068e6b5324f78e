package org.saphan.domain.service;

import java.time.Instant;
import java.util.List;
import org.saphan.domain.model.booking.Booking;
import org.saphan.domain.model.interpreter.Interpreter;

/**
 * Where the snapshots to match come from; implemented by infrastructure, which can read them in bulk.
 * <p>
 * For a booking, an implementation returns one snapshot per interpreter worth considering (it may leave out those who
 * cannot speak the language, as they would be excluded anyway, but then they do not appear in the explanation), in
 * a stable order such as by id, since ties keep it. Each snapshot holds the profile, vetting, availability and
 * on-call switch; {@code excludedForCase} from the case's exclusions; {@code servedCase} when an assignment of the
 * same case code exists for the interpreter; the active assignments that end after the booking's start minus the
 * travel buffer and start before its end plus the buffer; the minutes of assignments in the 14 days before
 * {@code now}; and the median seconds between offer and answer over recent answered offers.
 */
public interface CandidatePool {

    List<CandidateSnapshot> candidatesFor(Booking booking, Instant now);

    /** The snapshot of one interpreter for one booking, to check the rules again at the moment of accepting. */
    CandidateSnapshot snapshotOf(Booking booking, Interpreter interpreter, Instant now);
}
