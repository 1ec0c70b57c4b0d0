package se.arena;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Counts the SQL statements the current thread prepares while it runs a piece of work, so that a
 * test can prove a page costs the same number of statements whatever the size of its data. Import
 * it into a test ({@code @Import(StatementCounter.Configuration.class)}): it wraps the application's
 * data source. Only the counting thread is counted, so background jobs never disturb a count.
 */
public final class StatementCounter {

    private static final ThreadLocal<int[]> COUNT = new ThreadLocal<>();

    private StatementCounter() {
    }

    /** The statements {@code work} prepared on this thread. */
    public static int count(ThrowingRunnable work) throws Exception {
        int[] count = {0};
        COUNT.set(count);
        try {
            work.run();
        } finally {
            COUNT.remove();
        }
        return count[0];
    }

    @FunctionalInterface
    public interface ThrowingRunnable {
        void run() throws Exception;
    }

    @TestConfiguration
    public static class Configuration {

        @Bean
        static BeanPostProcessor countingDataSource() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    return bean instanceof DataSource dataSource ? proxy(DataSource.class, dataSource) : bean;
                }
            };
        }
    }

    private static <T> T proxy(Class<T> type, T target) {
        InvocationHandler handler = (proxy, method, args) -> {
            Object result = invoke(method, target, args);
            if (result instanceof Connection connection && method.getName().equals("getConnection")) {
                return proxy(Connection.class, connection);
            }
            if (method.getName().startsWith("prepare") || method.getName().equals("createStatement")) {
                int[] count = COUNT.get();
                if (count != null) {
                    count[0]++;
                }
            }
            return result;
        };
        return type.cast(Proxy.newProxyInstance(StatementCounter.class.getClassLoader(), new Class<?>[] {type}, handler));
    }

    private static Object invoke(Method method, Object target, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
