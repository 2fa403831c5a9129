package io.newsgraph.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * {@code kg} as its own process, as a user runs it: a JVM with this test's class path running {@link Kg#main}. Its
 * stdout and stderr are read line by line as they come, so a test can wait for a line (the server is up, an
 * article is written) and then act on the running process.
 */
final class KgProcess implements AutoCloseable {

    private final Process process;
    private final List<String> lines = new ArrayList<>();

    private KgProcess(Process process) {
        this.process = process;
        read(process.getInputStream(), "kg-stdout");
        read(process.getErrorStream(), "kg-stderr");
    }

    /** Starts {@code kg ARGS} with this environment added to the test's own (see {@link #builder}). */
    static KgProcess start(Map<String, String> env, String... args) throws IOException {
        return start(List.of(), env, args);
    }

    /** The same, the JVM started through {@code prefix} (a command such as setpriv that then runs it). */
    static KgProcess start(List<String> prefix, Map<String, String> env, String... args) throws IOException {
        ProcessBuilder pb = builder(prefix, args);
        pb.environment().putAll(env);
        return new KgProcess(pb.start());
    }

    /**
     * {@code kg ARGS} in a JVM with this test's class path, through {@code prefix}; the test's environment without
     * the variables kg reads (NEO4J_*, KG_*), so the child uses the embedded store named by its arguments.
     */
    static ProcessBuilder builder(List<String> prefix, String... args) {
        List<String> command = new ArrayList<>(prefix);
        command.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx3g", "-cp",
                System.getProperty("java.class.path"), Kg.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().keySet().removeIf(k -> k.startsWith("NEO4J_") || k.startsWith("KG_"));
        return pb;
    }

    private void read(InputStream stream, String name) {
        Thread t = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                    synchronized (lines) {
                        lines.add(line);
                        lines.notifyAll();
                    }
                }
            } catch (IOException e) {
                // the process is gone
            }
        }, name);
        t.setDaemon(true);
        t.start();
    }

    /** The first line (of stdout or stderr) that matches, waiting for it; fails when the process ends first. */
    String awaitLine(Predicate<String> matches, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (lines) {
            int seen = 0;
            while (true) {
                for (; seen < lines.size(); seen++) {
                    if (matches.test(lines.get(seen))) {
                        return lines.get(seen);
                    }
                }
                long left = deadline - System.nanoTime();
                if (left <= 0 || !process.isAlive() && seen == lines.size()) {
                    throw new AssertionError((process.isAlive() ? "timed out" : "kg ended (exit "
                            + process.exitValue() + ")") + " before the line expected; it printed:\n"
                            + String.join("\n", lines));
                }
                lines.wait(Math.max(1, Math.min(TimeUnit.NANOSECONDS.toMillis(left), 200)));
            }
        }
    }

    /** Everything printed so far. */
    String output() {
        synchronized (lines) {
            return String.join("\n", lines);
        }
    }

    /** Waits for the process to end by itself; its exit code. */
    int waitFor(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError("kg did not end within " + timeout + "; it printed:\n" + output());
        }
        return process.exitValue();
    }

    /** Stops it as Ctrl-C does (SIGTERM: the shutdown hooks run) and waits for it. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
