package org.ftzobservatory.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.TransactionSystemException;

/** Which failures mean "the database is gone" (503) rather than a fault of the request. */
class DatabaseOutageTest {

    @Test
    void aRollbackThatFailsOnAClosedConnectionIsAnOutage() {
        // seen in DatabaseOutageIT: the query failed as the server stopped, then the rollback found the connection closed
        TransactionSystemException e = new TransactionSystemException("JDBC rollback failed", new SQLException("Connection is closed"));
        assertThat(DatabaseOutage.isOutage(e)).isTrue();
    }

    @Test
    void connectionSqlStatesAreOutagesAndAConstraintViolationIsNot() {
        assertThat(DatabaseOutage.isOutage(new RuntimeException(new SQLException("gone", "08006")))).isTrue();
        assertThat(DatabaseOutage.isOutage(new RuntimeException(new SQLException("shutting down", "57P01")))).isTrue();
        assertThat(DatabaseOutage.isOutage(new DataIntegrityViolationException("dup", new SQLException("dup", "23505")))).isFalse();
    }
}
