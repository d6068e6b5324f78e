package org.saphan.interfaces.rest.error;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.ejb.EJBException;
import jakarta.persistence.PersistenceException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Which failures mean the database cannot be reached (answered 503 database-unavailable) and which do not. */
class DatabaseUnavailableTest {

    static Stream<Arguments> failures() {
        return Stream.of(
                Arguments.of(new PersistenceException(new SQLNonTransientConnectionException("Socket fail")), true),
                Arguments.of(new EJBException(new PersistenceException(new SQLException("Could not connect", "08000"))),
                        true),
                Arguments.of(new PersistenceException(new SQLException("x", new ConnectException("refused"))),
                        true),
                Arguments.of(new EJBException(new IllegalStateException(
                        "IJ000453: Unable to get managed connection for java:jboss/datasources/SaphanDS")), true),
                Arguments.of(new PersistenceException(new SQLException("Duplicate entry", "23000", 1062)), false),
                // what MariaDB's driver throws for a trigger's SIGNAL: a connection exception type, state 45000
                Arguments.of(new PersistenceException(new java.sql.SQLTransientConnectionException("the log is down",
                        "45000", 1644)), false),
                Arguments.of(new PersistenceException(new SQLException("Deadlock found", "40001", 1213)), false),
                Arguments.of(new IllegalStateException("a bug"), false));
    }

    @ParameterizedTest(name = "{0} → database unavailable: {1}")
    @MethodSource("failures")
    void anUnreachableDatabaseIsToldFromOtherFaults(Throwable failure, boolean unavailable) {
        assertEquals(unavailable, UnexpectedExceptionMapper.isDatabaseUnavailable(failure));
    }
}
