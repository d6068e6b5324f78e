package org.saphan.infrastructure.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponse.Status;
import org.eclipse.microprofile.health.Readiness;
import org.junit.jupiter.api.Test;
import org.saphan.infrastructure.config.IdentityProviderProbe;

/** The two readiness checks, each with its one collaborator standing in: what makes them UP or DOWN. */
class HealthChecksTest {

    @Test
    void theDatabaseIsUpWhenItAnswersWithinTwoSeconds() throws SQLException {
        DatabaseCheck check = new DatabaseCheck();
        check.dataSource = mock(DataSource.class);
        Connection connection = mock(Connection.class);
        Statement statement = mock(Statement.class);
        when(check.dataSource.getConnection()).thenReturn(connection);
        when(connection.createStatement()).thenReturn(statement);

        HealthCheckResponse response = check.call();

        assertEquals("database", response.getName());
        assertEquals(Status.UP, response.getStatus());
        verify(statement).setQueryTimeout(2);
        verify(statement).execute("SELECT 1");
        verify(connection).close();
    }

    @Test
    void theDatabaseIsDownWhenNoConnectionComes() throws SQLException {
        DatabaseCheck check = new DatabaseCheck();
        check.dataSource = mock(DataSource.class);
        when(check.dataSource.getConnection()).thenThrow(new SQLTransientConnectionException("pool exhausted"));
        assertEquals(Status.DOWN, check.call().getStatus());
    }

    @Test
    void theDatabaseIsDownWhenTheQueryFails() throws SQLException {
        DatabaseCheck check = new DatabaseCheck();
        check.dataSource = mock(DataSource.class);
        Connection connection = mock(Connection.class);
        Statement statement = mock(Statement.class);
        when(check.dataSource.getConnection()).thenReturn(connection);
        when(connection.createStatement()).thenReturn(statement);
        when(statement.execute("SELECT 1")).thenThrow(new SQLException("timeout"));
        assertEquals(Status.DOWN, check.call().getStatus());
        verify(connection).close();
    }

    @Test
    void theIdentityProviderIsWhatTheProbeSays() {
        IdentityProviderCheck check = new IdentityProviderCheck();
        check.probe = mock(IdentityProviderProbe.class);
        when(check.probe.answers()).thenReturn(true, false);
        assertEquals("identity-provider", check.call().getName());
        assertEquals(Status.DOWN, check.call().getStatus());
    }

    @Test
    void bothAreReadinessChecks() {
        assertEquals(true, DatabaseCheck.class.isAnnotationPresent(Readiness.class));
        assertEquals(true, IdentityProviderCheck.class.isAnnotationPresent(Readiness.class));
    }
}
