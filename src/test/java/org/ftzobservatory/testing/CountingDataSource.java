package org.ftzobservatory.testing;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

/**
 * A DataSource that counts the SQL statements run through it (every prepared, plain or callable statement created on its
 * connections), so a test can prove how many queries an operation costs.
 */
public final class CountingDataSource {

    private static final Set<String> STATEMENTS = Set.of("prepareStatement", "createStatement", "prepareCall");

    private final AtomicInteger statements = new AtomicInteger();
    private final DataSource dataSource;

    public CountingDataSource(DataSource target) {
        this.dataSource = proxy(DataSource.class, target, (method, result) -> method.equals("getConnection")
                ? proxy(Connection.class, result, (m, r) -> {
                    if (STATEMENTS.contains(m)) {
                        statements.incrementAndGet();
                    }
                    return r;
                })
                : result);
    }

    public DataSource dataSource() {
        return dataSource;
    }

    /** The statements run since the last call, and starts counting again. */
    public int take() {
        return statements.getAndSet(0);
    }

    private interface After {
        Object apply(String method, Object result);
    }

    private static <T> T proxy(Class<T> type, Object target, After after) {
        InvocationHandler h = (p, method, args) -> {
            try {
                return after.apply(method.getName(), method.invoke(target, args));
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, h));
    }
}
