// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.testing;

import com.pty4j.PtyProcess;
import com.pty4j.PtyProcessBuilder;
import dev.grove.coord.agent.ScreenLines;
import dev.grove.term.Emulator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A program on a real pseudo-terminal whose output feeds grove's emulator, for tests that read
 * the screen back. A reader thread feeds the emulator; every accessor takes the same lock.
 */
public final class PtyScreen implements AutoCloseable {
    private final PtyProcess process;
    private final Emulator emulator;
    private final Thread reader;
    private final int cols;
    private Instant lastOutputAt;

    private PtyScreen(PtyProcess process, int cols, int rows) {
        this.process = process;
        this.cols = cols;
        this.emulator = new Emulator(cols, rows, 1000, this::reply);
        this.reader = new Thread(this::pump, "pty-screen-reader");
        this.reader.setDaemon(true);
        this.reader.start();
    }

    /** Starts {@code command} in {@code dir} on a {@code cols x rows} terminal with {@code env} added. */
    public static PtyScreen start(List<String> command, Path dir, Map<String, String> env, int cols, int rows) {
        Map<String, String> full = new HashMap<>(System.getenv());
        full.put("TERM", "xterm-256color");
        full.putAll(env);
        try {
            PtyProcess p = new PtyProcessBuilder(command.toArray(new String[0])).setDirectory(dir.toString())
                    .setEnvironment(full).setInitialColumns(cols).setInitialRows(rows).start();
            return new PtyScreen(p, cols, rows);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + command, e);
        }
    }

    public synchronized ScreenLines lines() {
        return ScreenLines.of(emulator.screen());
    }

    public synchronized long version() {
        return emulator.version();
    }

    public synchronized Instant lastOutputAt() {
        return lastOutputAt;
    }

    public int cols() {
        return cols;
    }

    /** The screen's text, one row per line. */
    public String text() {
        return String.join("\n", lines().rows());
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** The exit code once the program has exited. */
    public OptionalInt exitCode() {
        return process.isAlive() ? OptionalInt.empty() : OptionalInt.of(process.exitValue());
    }

    /** Types {@code text} into the program. */
    public void type(String text) {
        try {
            process.getOutputStream().write(text.getBytes(StandardCharsets.UTF_8));
            process.getOutputStream().flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot type into the pty", e);
        }
    }

    /** Waits for the program to exit and returns its exit code. */
    public int waitFor(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError("the program did not exit within " + timeout + "; screen:\n" + text());
        }
        reader.join(timeout.toMillis());
        return process.exitValue();
    }

    /** Waits until {@code condition} holds for the screen's text, re-checking on every output. */
    public void await(Predicate<String> condition, Duration timeout, String what) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.test(text())) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what + "; screen:\n" + text());
            }
            awaitOutput(Duration.ofMillis(100));
        }
    }

    /** Returns when the program printed something, exited, or {@code max} passed. */
    public synchronized void awaitOutput(Duration max) throws InterruptedException {
        wait(Math.max(1, max.toMillis()));
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }

    private void pump() {
        byte[] buf = new byte[8192];
        try (InputStream in = process.getInputStream()) {
            for (int n; (n = in.read(buf)) > 0; ) {
                synchronized (this) {
                    emulator.feed(buf, 0, n);
                    lastOutputAt = Instant.now();
                    notifyAll();
                }
            }
        } catch (IOException e) {
            // After the program exits the pty reports EIO once its output is drained: the normal end.
            if (process.isAlive()) {
                throw new UncheckedIOException("reading the pty failed while the program runs", e);
            }
        } finally {
            synchronized (this) {
                notifyAll();
            }
        }
    }

    private void reply(byte[] bytes) {
        try {
            process.getOutputStream().write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot send a terminal reply", e);
        }
    }
}
