// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.e2e;

import dev.grove.pty.PtyChild;
import dev.grove.pty.PtyListener;
import dev.grove.pty.PtySpec;
import dev.grove.term.Emulator;
import dev.grove.term.ReplySink;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A grove client running in a pseudo-terminal of fixed size, as a user's terminal would host it.
 * Everything it writes is fed into grove's own {@link Emulator}; tests read the screen back and
 * wait for content with {@link #awaitScreen} (polling, never fixed sleeps).
 */
final class GroveTerminal implements AutoCloseable {
    private static final long WAIT_MILLIS = 20_000;

    private final GroveEnv env;
    private final Emulator emulator;
    private final CountDownLatch exited = new CountDownLatch(1);
    private final List<String> notifications = new ArrayList<>();
    private int bells;
    private volatile int exitCode = -1;
    private PtyChild child;

    private GroveTerminal(GroveEnv env, int cols, int rows) {
        this.env = env;
        this.emulator = new Emulator(cols, rows, 0, ReplySink.NONE);
    }

    static GroveTerminal start(GroveEnv env, int cols, int rows, List<String> command) {
        return startIn(env, env.root(), cols, rows, command);
    }

    /** Starts {@code command} in directory {@code cwd} (a repository, say). */
    static GroveTerminal startIn(GroveEnv env, Path cwd, int cols, int rows, List<String> command) {
        GroveTerminal t = new GroveTerminal(env, cols, rows);
        PtySpec spec = new PtySpec(command, cwd, env.env(), cols, rows);
        t.child = PtyChild.start(spec, "e2e-client", new PtyListener() {
            @Override
            public void output(byte[] chunk) {
                synchronized (t.emulator) {
                    t.emulator.feed(chunk, 0, chunk.length);
                    t.notifications.addAll(t.emulator.takeNotifications());
                    t.bells += t.emulator.takeBells();
                }
            }

            @Override
            public void exited(int code) {
                t.exitCode = code;
                t.exited.countDown();
            }
        });
        return t;
    }

    /** The xterm modifyOtherKeys level the client set on this terminal (0 when off). */
    int modifyOtherKeys() {
        synchronized (emulator) {
            return emulator.modes().modifyOtherKeys();
        }
    }

    /** The desktop notifications (OSC 9, OSC 777) this terminal got so far, oldest first. */
    List<String> notifications() {
        synchronized (emulator) {
            return List.copyOf(notifications);
        }
    }

    /** How many bells this terminal got so far. */
    int bells() {
        synchronized (emulator) {
            return bells;
        }
    }

    /** The visible screen, one line per row, trailing blanks trimmed. */
    String screen() {
        synchronized (emulator) {
            return ScreenText.of(emulator.screen());
        }
    }

    /** Waits until the screen satisfies {@code condition}; fails with the screen and the server log. */
    String awaitScreen(String what, Predicate<String> condition) {
        return awaitScreen(what, condition, WAIT_MILLIS);
    }

    /** Like {@link #awaitScreen(String, Predicate)} with its own time limit, for slow first steps. */
    String awaitScreen(String what, Predicate<String> condition, long waitMillis) {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(waitMillis);
        String last = screen();
        while (System.nanoTime() < deadline) {
            boolean gone = hasExited();
            last = screen();
            if (condition.test(last)) {
                return last;
            }
            if (gone) {
                throw failure("the client exited (status " + exitCode + ") before showing " + what, last);
            }
            pause();
        }
        throw failure("timed out waiting for " + what, last);
    }

    /** Waits until the screen contains {@code text}. */
    String awaitText(String text) {
        return awaitScreen("'" + text + "'", s -> s.contains(text));
    }

    AssertionError failure(String what, String screen) {
        return new AssertionError(what + "\n--- last screen ---\n" + screen + "--- server log ---\n" + env.serverLog());
    }

    /** Types text (UTF-8) into the terminal. */
    void type(String text) {
        send(text.getBytes(StandardCharsets.UTF_8));
    }

    void send(byte[] bytes) {
        if (!child.write(bytes)) {
            throw new AssertionError("the client's terminal does not take input");
        }
    }

    /** Resizes the terminal (the client gets SIGWINCH). */
    void resize(int cols, int rows) {
        synchronized (emulator) {
            emulator.resize(cols, rows);
        }
        child.resize(cols, rows);
    }

    /** Kills the client process with SIGKILL (no chance to clean up). */
    void killHard() {
        ProcessHandle.of(child.pid()).ifPresent(ProcessHandle::destroyForcibly);
    }

    /** Waits for the client to exit and returns its exit status. */
    int awaitExit() {
        try {
            if (!exited.await(WAIT_MILLIS, TimeUnit.MILLISECONDS)) {
                throw failure("the client did not exit (process " + child.pid() + " alive: "
                        + ProcessHandle.of(child.pid()).map(ProcessHandle::isAlive).orElse(false) + ")", screen());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
        return exitCode;
    }

    boolean hasExited() {
        return exited.getCount() == 0;
    }

    private static void pause() {
        try {
            TimeUnit.MILLISECONDS.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    @Override
    public void close() {
        if (!hasExited()) {
            child.terminate();
        }
    }
}
