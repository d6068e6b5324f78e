package org.saphan.infrastructure.persistence.jpa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLTransactionRollbackException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.saphan.domain.Fixtures;
import org.saphan.domain.model.booking.Assignment;
import org.saphan.domain.model.interpreter.InterpreterId;
import org.saphan.domain.model.shared.ConflictException;

/**
 * Storing an assignment: only the one-winner constraint's refusal is "taken"; any other failed write is passed on
 * as what it is (a lock conflict is answered 409 concurrent-change by the REST layer, anything else 500).
 */
class JpaAssignmentRepositoryTest {

    private final JpaAssignmentRepository repository = new JpaAssignmentRepository();
    private Assignment assignment;

    @BeforeEach
    void setUp() {
        repository.em = mock(EntityManager.class);
        assignment = Fixtures.booking().assign(InterpreterId.of(5), "s-coordinator", "known to the officer", false,
                Fixtures.NOW);
    }

    private void flushFails(Throwable cause) {
        doThrow(new PersistenceException("could not execute statement", cause)).when(repository.em).flush();
    }

    @Test
    void storedAndWrittenAtOnce() {
        repository.store(assignment);
        verify(repository.em).persist(assignment);
        verify(repository.em).flush();
    }

    @Test
    void aSecondAssignmentOfTheBookingIsTakenOnMariaDb() {
        flushFails(new SQLIntegrityConstraintViolationException(
                "Duplicate entry 'SPH-2026-000042' for key 'uq_assignment_booking'", "23000", 1062));
        ConflictException e = assertThrows(ConflictException.class, () -> repository.store(assignment));
        assertEquals("taken", e.code());
        assertTrue(e.getMessage().contains(Fixtures.REFERENCE.value()), e.getMessage());
    }

    @Test
    void aSecondAssignmentOfTheBookingIsTakenOnH2() {
        flushFails(new SQLException("Unique index or primary key violation: \"PUBLIC.UQ_ASSIGNMENT_BOOKING_INDEX_A "
                + "ON PUBLIC.ASSIGNMENT(BOOKING_REFERENCE)\"", "23505", 23505));
        assertEquals("taken", assertThrows(ConflictException.class, () -> repository.store(assignment)).code());
    }

    @Test
    void anotherConstraintIsNotTaken() {
        flushFails(new SQLIntegrityConstraintViolationException("Cannot add or update a child row: a foreign key "
                + "constraint fails (fk_assignment_offer)", "23000", 1452));
        PersistenceException e = assertThrows(PersistenceException.class, () -> repository.store(assignment));
        assertTrue(e.getCause() instanceof SQLIntegrityConstraintViolationException);
    }

    @Test
    void aLockConflictIsNotTaken() {
        SQLTransactionRollbackException deadlock = new SQLTransactionRollbackException("Deadlock found", "40001",
                1213);
        flushFails(deadlock);
        PersistenceException e = assertThrows(PersistenceException.class, () -> repository.store(assignment));
        assertSame(deadlock, e.getCause());
    }

    @Test
    void aLostConnectionIsNotTaken() {
        flushFails(new SQLException("Connection reset", "08S01", 0));
        assertThrows(PersistenceException.class, () -> repository.store(assignment));
    }
}
