package org.saphan.interfaces.rest.error;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.ejb.EJBTransactionRolledbackException;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Which failures are a lock conflict (answered 409, try again) and which are a real fault (500). */
class LockConflictTest {

    static Stream<Arguments> failures() {
        return Stream.of(
                Arguments.of(new jakarta.persistence.PessimisticLockException("deadlock"), true),
                Arguments.of(new PersistenceException(new SQLException("Deadlock found", "40001", 1213)), true),
                Arguments.of(new EJBTransactionRolledbackException("rolled back",
                        new PersistenceException(new SQLException("Lock wait timeout exceeded", "HY000", 1205))),
                        true),
                Arguments.of(new PersistenceException(new SQLTransactionRollbackException("deadlock")), true),
                Arguments.of(new PersistenceException(new SQLException("Duplicate entry", "23000", 1062)), false),
                Arguments.of(new IllegalStateException("a bug"), false),
                Arguments.of(new NullPointerException(), false));
    }

    @ParameterizedTest(name = "{0} → lock conflict: {1}")
    @MethodSource("failures")
    void lockConflictsAreToldFromFaults(Throwable failure, boolean conflict) {
        assertEquals(conflict, UnexpectedExceptionMapper.isLockConflict(failure));
    }
}
