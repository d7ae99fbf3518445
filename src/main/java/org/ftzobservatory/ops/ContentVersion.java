package org.ftzobservatory.ops;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import com.zaxxer.hikari.HikariDataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * A number that changes whenever anything that a public page shows may have changed, on any node or CLI process on
 * the same database, so that {@link PageCache} can key rendered answers by it.
 *
 * <p>Every table of the schema has a statement trigger that sends {@code NOTIFY ftz_content} (installed after each
 * migration by {@code db/migration/afterMigrate__content_change_triggers.sql}, so new tables get it too). PostgreSQL
 * delivers a notification only when the writing transaction commits, so a reader that sees the new number also sees
 * the new rows. This node listens on a connection of its own (outside the pool). While that connection is down no
 * notification can arrive, so the cache is off ({@link #trusted()} false) until it is back, and the number moves on.
 *
 * <p>Writes made through this node also move the number when their request ends ({@link #writeEnded()}), and no
 * answer is cached while one is in progress, so an official reads their own write at once without waiting for the
 * notification. With a read replica the number moves once more after {@code ftz.page-cache.replica-lag}, the time the
 * replica may take to show what the primary committed.
 */
@Component
public class ContentVersion implements SmartLifecycle {

    static final String CHANNEL = "ftz_content";
    private static final Logger log = LoggerFactory.getLogger(ContentVersion.class);

    private final AtomicLong version = new AtomicLong();
    private final AtomicInteger writesInFlight = new AtomicInteger();
    private final HikariDataSource primary;
    private final boolean replica;
    private final Duration replicaLag;
    private volatile boolean listening;
    private volatile boolean running;
    private volatile Connection connection;
    private Thread thread;
    private ScheduledExecutorService later;

    public ContentVersion(@Qualifier("dataSource") HikariDataSource primary,
                          @Value("${ftz.db.read-url:}") String readUrl,
                          @Value("${ftz.page-cache.replica-lag:2s}") Duration replicaLag) {
        this.primary = primary;
        this.replica = !readUrl.isBlank();
        this.replicaLag = replicaLag;
    }

    /** The current number; answers computed under different numbers are never mixed up. */
    public long current() {
        return version.get();
    }

    /** Whether a cached answer may be used: the listener is connected and no write of this node is in progress. */
    public boolean trusted() {
        return listening && writesInFlight.get() == 0;
    }

    /** A request that may write has started on this node. */
    public void writeStarted() {
        writesInFlight.incrementAndGet();
        changed();
    }

    /** A request that may write has ended on this node (committed or not). */
    public void writeEnded() {
        changed();
        writesInFlight.decrementAndGet();
    }

    void changed() {
        version.incrementAndGet();
    }

    @Override
    public void start() {
        running = true;
        later = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "ftz-content-replica-lag"));
        thread = daemon(this::listen, "ftz-content-listener");
        thread.start();
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    private void listen() {
        while (running) {
            try (Connection c = connect()) {
                connection = c;
                try (Statement s = c.createStatement()) {
                    s.execute("listen " + CHANNEL);
                }
                changed();   // whatever happened while not listening
                listening = true;
                PGConnection pg = c.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] n = pg.getNotifications(1000);
                    if (n != null && n.length > 0) {
                        changed();
                        if (replica) {
                            later.schedule(this::changed, replicaLag.toMillis(), TimeUnit.MILLISECONDS);
                        }
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (running && listening) {
                    log.warn("content-change listener lost its connection ({}); page cache off until it is back", e.getMessage());
                }
            } finally {
                listening = false;
                changed();
                connection = null;
            }
            sleepQuietly();
        }
    }

    private Connection connect() throws SQLException {
        Properties p = new Properties();
        if (primary.getUsername() != null) {
            p.setProperty("user", primary.getUsername());
        }
        if (primary.getPassword() != null) {
            p.setProperty("password", primary.getPassword());
        }
        p.setProperty("ApplicationName", "ftz-content-listener");
        p.setProperty("connectTimeout", "5");
        p.setProperty("socketTimeout", "0");
        p.setProperty("tcpKeepAlive", "true");
        return DriverManager.getConnection(primary.getJdbcUrl(), p);
    }

    private void sleepQuietly() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void stop() {
        running = false;
        listening = false;
        Connection c = connection;
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // closing on shutdown; nothing to do
            }
        }
        if (thread != null) {
            thread.interrupt();
        }
        if (later != null) {
            later.shutdownNow();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
