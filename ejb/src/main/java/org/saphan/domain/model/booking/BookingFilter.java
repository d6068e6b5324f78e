package org.saphan.domain.model.booking;

import java.time.Instant;
import java.util.Optional;
import org.saphan.domain.model.interpreter.InterpreterId;

/**
 * Which bookings a list shows. The application sets the scope from the caller's role (its agency, its interpreter
 * id, or everything for a coordinator) and adds the caller's filters; open criteria match all.
 *
 * @param from bookings starting at or after
 * @param to bookings starting before
 */
public record BookingFilter(Optional<String> agency, Optional<InterpreterId> interpreter,
        Optional<BookingStatus> status, Optional<Instant> from, Optional<Instant> to) {

    public BookingFilter {
        agency = agency == null ? Optional.empty() : agency;
        interpreter = interpreter == null ? Optional.empty() : interpreter;
        status = status == null ? Optional.empty() : status;
        from = from == null ? Optional.empty() : from;
        to = to == null ? Optional.empty() : to;
    }

    public static BookingFilter all() {
        return new BookingFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty());
    }

    public static BookingFilter ofAgency(String agency) {
        return all().withAgency(agency);
    }

    public static BookingFilter assignedTo(InterpreterId interpreter) {
        return new BookingFilter(Optional.empty(), Optional.of(interpreter), Optional.empty(), Optional.empty(),
                Optional.empty());
    }

    public BookingFilter withAgency(String wanted) {
        return new BookingFilter(Optional.of(wanted), interpreter, status, from, to);
    }

    public BookingFilter withStatus(BookingStatus wanted) {
        return new BookingFilter(agency, interpreter, Optional.ofNullable(wanted), from, to);
    }

    public BookingFilter between(Instant fromInclusive, Instant toExclusive) {
        return new BookingFilter(agency, interpreter, status, Optional.ofNullable(fromInclusive),
                Optional.ofNullable(toExclusive));
    }
}
