package org.saphan.infrastructure.persistence.jpa;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;

/** Reading the columns of native queries, whose Java types differ between the JDBC drivers (MariaDB and H2). */
final class Columns {

    private Columns() {
    }

    /** A {@code TIMESTAMP} column as an instant, whichever type the driver gave it. */
    static Instant instant(Object column) {
        if (column == null) {
            return null;
        }
        if (column instanceof Timestamp t) {
            return t.toInstant();
        }
        if (column instanceof LocalDateTime l) {
            return Timestamp.valueOf(l).toInstant();
        }
        if (column instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        return (Instant) column;
    }

    /** A {@code DATE} column as a local date, whichever type the driver gave it. */
    static LocalDate date(Object column) {
        if (column == null) {
            return null;
        }
        if (column instanceof Date d) {
            return d.toLocalDate();
        }
        return (LocalDate) column;
    }

    /** A {@code BOOLEAN} column, which MariaDB keeps as {@code TINYINT(1)} and a driver may give as a number. */
    static boolean bool(Object column) {
        if (column instanceof Number n) {
            return n.intValue() != 0;
        }
        return Boolean.TRUE.equals(column);
    }
}
