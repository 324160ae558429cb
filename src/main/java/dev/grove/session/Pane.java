// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.session;

import dev.grove.common.PrintableText;
import dev.grove.term.Emulator;
import dev.grove.term.TermModes;
import dev.grove.term.screen.ScreenView;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * One pane: a process on a pseudo-terminal, the emulator that holds its screen, and what people
 * see about it (name, status, title). Confined to the session thread, except the process handle,
 * which is thread-safe.
 */
public final class Pane {
    /** A pane silent this long starts a new burst of output when it writes again. */
    public static final long QUIET_NANOS = 16_000_000L;

    private final String id;
    private final String name;
    private final PaneRequest request;
    private final Emulator emulator;
    private final long createdMillis;
    /** Null for a pane restored after a server stop, until it is started again. */
    private PaneProcess process;
    /** True while the pane shows a process lost when the server stopped (restored, not yet started again). */
    private boolean interrupted;
    private PaneStatus status = PaneStatus.RUNNING;
    private int exitCode;
    private String failure;
    private long lastOutputMillis;
    /** Written by whichever thread types into the pane, read by the session thread. */
    private volatile long lastInputMillis;
    private long lastOutputNanos;
    private long burstStartNanos;
    private long syncSinceNanos = -1;

    Pane(String id, String name, PaneRequest request, Emulator emulator, long createdMillis) {
        this.id = id;
        this.name = name;
        this.request = request;
        this.emulator = emulator;
        this.createdMillis = createdMillis;
    }

    void attach(PaneProcess newProcess) {
        this.process = newProcess;
        this.status = PaneStatus.RUNNING;
        this.failure = null;
        this.interrupted = false;
    }

    /** Marks a restored pane as exited: with {@code code}, or interrupted (lost with the server) when null. */
    void restoredExited(Integer code) {
        status = PaneStatus.EXITED;
        exitCode = code == null ? -1 : code;
        interrupted = code == null;
    }

    /** Feeds {@code bytes[offset, offset+length)} into the emulator; {@code nowMillis} stamps the last output time. */
    void feed(byte[] bytes, int offset, int length, long nowMillis, long nowNanos) {
        lastOutputMillis = nowMillis;
        if (startsBurst(lastOutputNanos, process == null ? 0 : process.lastInputNanos(), nowNanos)) {
            burstStartNanos = nowNanos;
        }
        lastOutputNanos = nowNanos;
        emulator.feed(bytes, offset, length);
        boolean syncing = emulator.modes().synchronizedOutput();
        if (!syncing) {
            syncSinceNanos = -1;
        } else if (syncSinceNanos < 0) {
            syncSinceNanos = nowNanos;
        }
    }

    void exited(int code) {
        if (status == PaneStatus.RUNNING) {
            status = PaneStatus.EXITED;
        }
        exitCode = code;
        syncSinceNanos = -1;
    }

    void fail(String message) {
        status = PaneStatus.FAILED;
        failure = message;
        syncSinceNanos = -1;
    }

    /** Sets the pane's size: emulator and pty together. */
    void resize(int cols, int rows) {
        ScreenView screen = emulator.screen();
        if (screen.cols() == cols && screen.rows() == rows) {
            return;
        }
        emulator.resize(cols, rows);
        if (process != null) {
            process.resize(cols, rows);
        }
    }

    /**
     * What {@link #write} does, for a thread other than the session's: writes to the current
     * process's input (thread-safe; false once it takes no input); null while no process runs.
     */
    public Predicate<byte[]> inputWriter() {
        return status == PaneStatus.RUNNING ? process.writer : null;
    }

    /** Sends bytes to the process's input; false when the process is gone or not reading. */
    public boolean write(byte[] bytes) {
        if (status == PaneStatus.RUNNING && process.write(bytes)) {
            lastInputMillis = System.currentTimeMillis();
            return true;
        }
        return false;
    }

    /** Wall-clock time of the last input written to the process, 0 before any. */
    public long lastInputMillis() {
        return lastInputMillis;
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public List<String> command() {
        return request.command();
    }

    public Path cwd() {
        return request.cwd();
    }

    public Map<String, String> env() {
        return request.env();
    }

    PaneRequest request() {
        return request;
    }

    PaneProcess process() {
        return process;
    }

    public PaneStatus status() {
        return status;
    }

    /** True for a pane restored after a server stop whose process has not been started again. */
    public boolean restoredOnly() {
        return process == null;
    }

    /** The exit status once {@link PaneStatus#EXITED}; -1 when {@link #interrupted()}. */
    public int exitCode() {
        return exitCode;
    }

    /**
     * True for a pane restored after the server stopped while its process ran: the process was
     * lost with the server, so there is no exit status; starting it again clears this.
     */
    public boolean interrupted() {
        return interrupted;
    }

    /** When the pane was first opened (kept across server restarts), epoch milliseconds. */
    public long createdMillis() {
        return createdMillis;
    }

    /**
     * Whether output at {@code nowNanos} begins a new burst, which someone is likely waiting to
     * see: the first output ({@code lastOutputNanos} 0), output after {@link #QUIET_NANOS} of
     * silence, or output after input was written to the pane (most often the echo of a key).
     */
    static boolean startsBurst(long lastOutputNanos, long lastInputNanos, long nowNanos) {
        return lastOutputNanos == 0 || nowNanos - lastOutputNanos > QUIET_NANOS
                || (lastInputNanos != 0 && lastInputNanos - lastOutputNanos > 0);
    }

    /** Why the pane failed, once {@link PaneStatus#FAILED}; otherwise null. */
    public String failure() {
        return failure;
    }

    /**
     * When the pane's current burst of output began (its first output after being silent for
     * {@link #QUIET_NANOS} or after taking input), 0 before any output. A renderer draws the
     * start of a burst at once and batches what follows.
     */
    public long burstStartNanos() {
        return burstStartNanos;
    }

    /** Wall-clock time of the last output, 0 before any. */
    public long lastOutputMillis() {
        return lastOutputMillis;
    }

    public ScreenView screen() {
        return emulator.screen();
    }

    public TermModes modes() {
        return emulator.modes();
    }

    public Emulator emulator() {
        return emulator;
    }

    /** The title the program set (OSC 0/2) with control characters replaced, or empty. */
    public String title() {
        String t = emulator.title();
        return t == null ? "" : PrintableText.of(t);
    }

    /**
     * True while the program is inside a synchronized update (DECSET 2026) that began less than
     * {@code timeoutNanos} ago: the pane must not be drawn yet.
     */
    public boolean holdsFrame(long nowNanos, long timeoutNanos) {
        return syncSinceNanos >= 0 && nowNanos - syncSinceNanos < timeoutNanos;
    }

    /** When a held frame must be drawn anyway, or -1 when the pane holds none. */
    public long syncDeadlineNanos(long timeoutNanos) {
        return syncSinceNanos < 0 ? -1 : syncSinceNanos + timeoutNanos;
    }

    /** The process id while running, else -1. */
    public long pid() {
        return status == PaneStatus.RUNNING ? process.pid() : -1;
    }
}
