package org.ftzobservatory.ops.faults;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * An {@code ftz} command in a process of its own (the test's classpath, the jar's main class), so a fault test can
 * kill it with SIGKILL ({@link #kill()}) as an operator's OOM killer or power cut would. Its output lines are kept.
 */
public final class ChildFtz implements AutoCloseable {

    private final Process process;
    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final long startedNanos = System.nanoTime();

    private ChildFtz(Process process) {
        this.process = process;
        pump(process.getInputStream());
        pump(process.getErrorStream());
    }

    /** {@code ftz ARGS --ftz.home=HOME} with the JVM and classpath of this process (or of {@code ftz.faults.classpath}). */
    public static ChildFtz start(Path home, String... args) {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("ftz.faults.classpath",
                        System.getProperty("java.class.path")), "org.ftzobservatory.FtzApplication"));
        cmd.addAll(List.of(args));
        cmd.add("--ftz.home=" + home.toAbsolutePath());
        try {
            return new ChildFtz(new ProcessBuilder(cmd).start());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void pump(InputStream in) {
        Thread t = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    lines.add(line);
                }
            } catch (IOException e) {
                // the process is gone
            }
        });
        t.setDaemon(true);
        t.start();
    }

    /** Waits until a line matches (true) or the process ended without one (false). */
    public boolean awaitLine(Predicate<String> p, Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < end) {
            if (lines.stream().anyMatch(p)) {
                return true;
            }
            if (!process.isAlive()) {
                Thread.sleep(100); // let the pumps read the last lines
                return lines.stream().anyMatch(p);
            }
            Thread.sleep(20);
        }
        return false;
    }

    /** Exit code, or throws when it does not end within the timeout. */
    public int await(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("ftz did not end within " + timeout + "; last lines: " + tail());
        }
        Thread.sleep(100);
        return process.exitValue();
    }

    /** SIGKILL: no shutdown hook, no rollback by the JVM; whatever is in flight is cut. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    public boolean alive() {
        return process.isAlive();
    }

    public long millisSinceStart() {
        return (System.nanoTime() - startedNanos) / 1_000_000;
    }

    public List<String> lines() {
        return List.copyOf(lines);
    }

    /** The last line that starts with two spaces (a progress line of import/export/backup), or "". */
    public String lastProgress() {
        List<String> l = lines();
        for (int i = l.size() - 1; i >= 0; i--) {
            if (l.get(i).startsWith("  ")) {
                return l.get(i).strip();
            }
        }
        return "";
    }

    public String tail() {
        List<String> l = lines();
        return String.join("\n", l.subList(Math.max(0, l.size() - 15), l.size()));
    }

    /** Polls a URL until it answers 200 (true) or the process died or the timeout passed (false). */
    public boolean awaitHttp200(String url, Duration timeout) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long end = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < end && process.isAlive()) {
            try {
                HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    return true;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        return false;
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }
}
