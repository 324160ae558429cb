// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.session;

import dev.grove.common.UserError;
import dev.grove.pty.PtySpec;
import dev.grove.term.Emulator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntSupplier;
import java.util.regex.Pattern;

/**
 * The panes of one server, in display order: opening, feeding, closing and restarting them.
 * Confined to the session thread.
 */
public final class Session {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,31}");
    /** Output of one pane applied per turn of the loop, so other panes and input wait at most that long. */
    static final int OUTPUT_SLICE = 16 << 10;
    /** Longest work on one pane's output per turn of the loop. */
    static final long OUTPUT_SLICE_NANOS = 500_000L;
    /** Input this recent makes a pane the one being typed into. */
    static final long TYPING_NANOS = 200_000_000L;
    /** While another pane is typed into, how long a pane's waiting output waits between slices. */
    static final long YIELD_NANOS = 5_000_000L;
    /** Bytes fed to an emulator between two looks at the clock. */
    private static final int FEED_PIECE = 4 << 10;
    /** Each pane log file is rotated at this size (two files per pane at most). */
    private static final long LOG_CAP = 8L << 20;
    /** How much of a restored pane's log is replayed to draw its last screen. */
    private static final int REPLAY_BYTES = 1 << 20;

    private final SessionLoop loop;
    private final Path logsDir;
    private final int historyLimit;
    private final Path socket;
    private final List<Pane> panes = new ArrayList<>();
    private final Map<String, Pane> byId = new HashMap<>();
    private int nextId = 1;

    /**
     * A session whose panes write their transcripts to {@code logsDir}; their processes find the
     * server's {@code socket} in {@code GROVE_SOCKET}.
     */
    public Session(SessionLoop loop, Path logsDir, int historyLimit, Path socket) {
        this.loop = loop;
        this.logsDir = logsDir;
        this.socket = socket;
        this.historyLimit = historyLimit;
    }

    /** Panes in display order (read-only). */
    public List<Pane> panes() {
        return Collections.unmodifiableList(panes);
    }

    /** The pane with this id, if it still exists. */
    public Optional<Pane> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The pane called {@code name}, if any. */
    public Optional<Pane> byName(String name) {
        return panes.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    /**
     * Opens a pane running {@code request} at {@code cols x rows}.
     *
     * @throws UserError when the name is invalid or taken, or the directory does not exist
     */
    public Pane open(PaneRequest request, int cols, int rows) {
        String name = request.name() == null ? generateName(request.command()) : request.name();
        checkName(name);
        if (!Files.isDirectory(request.cwd())) {
            throw new UserError("directory not found: " + request.cwd(), "pass an existing directory with --cwd");
        }
        Pane pane = add(name, request, cols, rows, System.currentTimeMillis());
        pane.attach(PaneProcess.start(pane.id(), spec(request, request.command(), cols, rows), loop, log(name)));
        return pane;
    }

    /**
     * Shows again a pane of a server that stopped: no process, its last screen replayed from the
     * tail of its raw log, exited with {@code exitCode}, or interrupted when that is null (its
     * process was lost with the server).
     *
     * @throws UserError when the name is invalid or taken
     */
    public Pane restore(PaneRequest request, int cols, int rows, long createdMillis, Integer exitCode) {
        checkName(request.name());
        Pane pane = add(request.name(), request, cols, rows, createdMillis);
        byte[] tail = PaneLog.tail(logsDir.resolve(request.name() + ".log"), REPLAY_BYTES);
        pane.emulator().feed(tail);
        pane.emulator().takeClipboardWrites();
        pane.emulator().takeNotifications();
        pane.emulator().takeBells();
        pane.restoredExited(exitCode);
        return pane;
    }

    private Pane add(String name, PaneRequest request, int cols, int rows, long createdMillis) {
        String id = "p" + nextId++;
        Pane pane = new Pane(id, name, request, new Emulator(cols, rows, historyLimit, bytes -> replyTo(id, bytes)),
                createdMillis);
        panes.add(pane);
        byId.put(id, pane);
        return pane;
    }

    private void checkName(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new UserError("invalid pane name '" + name + "'",
                    "use up to 32 letters, digits, '.', '_' or '-', starting with a letter or digit");
        }
        if (byName(name).isPresent()) {
            throw new UserError("a pane named '" + name + "' already exists", "choose another name");
        }
    }

    /** Starts an exited or failed pane's command again, in the same pane (its screen is kept). */
    public void restart(Pane pane) {
        restart(pane, pane.command());
    }

    /**
     * Starts {@code command} in an exited or failed pane, with the pane's directory and
     * environment (a resume command in place of the original one, say). Its screen is kept.
     *
     * @throws UserError when the pane runs, or its directory is gone
     */
    public void restart(Pane pane, List<String> command) {
        if (pane.status() == PaneStatus.RUNNING) {
            throw new UserError("pane '" + pane.name() + "' is still running", "close it first, or wait for it to exit");
        }
        if (!Files.isDirectory(pane.cwd())) {
            throw new UserError("cannot start pane '" + pane.name() + "': its directory " + pane.cwd() + " is gone",
                    "close the pane and open a new one");
        }
        int cols = pane.screen().cols();
        int rows = pane.screen().rows();
        pane.attach(PaneProcess.start(pane.id(), spec(pane.request(), command, cols, rows), loop, log(pane.name())));
    }

    /** Terminates the pane's process and whatever else still runs on its terminal, and removes the pane. */
    public void close(Pane pane) {
        if (pane.process() != null) {
            pane.process().terminate();
        }
        panes.remove(pane);
        byId.remove(pane.id());
    }

    /** Moves {@code pane} to position {@code index} in display order. */
    public void move(Pane pane, int index) {
        panes.remove(pane);
        panes.add(Math.max(0, Math.min(index, panes.size())), pane);
    }

    /**
     * Applies the next slice of a pane's waiting output: up to {@link #OUTPUT_SLICE} bytes or
     * {@link #OUTPUT_SLICE_NANOS} of work, whichever comes first (the emulator may be slow while
     * the JIT warms up). Empty when nothing was applied (the pane is closed or failed: its output
     * is dropped).
     */
    public Optional<Pane> output(String paneId) {
        Pane pane = byId.get(paneId);
        if (pane == null) {
            return Optional.empty();
        }
        PaneProcess process = pane.process();
        boolean failed = pane.status() == PaneStatus.FAILED;
        long start = System.nanoTime();
        int taken = 0;
        for (byte[] chunk = process.nextOutput(); chunk != null; chunk = process.nextOutput()) {
            int used = failed ? chunk.length : feedWithin(pane, chunk, start);
            taken += used;
            if (used < chunk.length) {
                process.returnOutput(Arrays.copyOfRange(chunk, used, chunk.length));
                break;
            }
            if (taken >= OUTPUT_SLICE) {
                break;
            }
        }
        process.endOutputTurn(turnDelayNanos(lastInputElsewhere(pane), System.nanoTime(), this::panesWithOutputWaiting));
        return failed || taken == 0 ? Optional.empty() : Optional.of(pane);
    }

    /**
     * How long a pane's next slice of output waits. While another pane is typed into (its last
     * input less than {@link #TYPING_NANOS} ago; 0 is none), panes with output waiting take turns
     * of {@link #YIELD_NANOS} between them: with {@code waiting} such panes (counted only then),
     * each waits that many turns. Floods then slow down together (their processes block once
     * their queues are full), and the echo of each key finds the processors idle instead of busy
     * with them. Otherwise no wait.
     */
    static long turnDelayNanos(long lastInputElsewhereNanos, long nowNanos, IntSupplier waiting) {
        boolean typing = lastInputElsewhereNanos != 0 && nowNanos - lastInputElsewhereNanos < TYPING_NANOS;
        return typing ? YIELD_NANOS * Math.max(1, waiting.getAsInt()) : 0;
    }

    private int panesWithOutputWaiting() {
        int n = 0;
        for (Pane p : panes) {
            if (p.process() != null && p.process().hasOutputWaiting()) {
                n++;
            }
        }
        return n;
    }

    /** When a pane other than {@code pane} was last typed into, 0 when none was. */
    private long lastInputElsewhere(Pane pane) {
        long latest = 0;
        for (Pane p : panes) {
            long typed = p == pane || p.process() == null ? 0 : p.process().lastInputNanos();
            if (typed != 0 && (latest == 0 || typed - latest > 0)) {
                latest = typed;
            }
        }
        return latest;
    }

    /** Feeds {@code chunk} in pieces until it is used up or the slice's time is; returns the bytes fed. */
    private static int feedWithin(Pane pane, byte[] chunk, long sliceStart) {
        int off = 0;
        while (off < chunk.length) {
            int n = Math.min(FEED_PIECE, chunk.length - off);
            pane.feed(chunk, off, n, System.currentTimeMillis(), System.nanoTime());
            off += n;
            if (System.nanoTime() - sliceStart > OUTPUT_SLICE_NANOS) {
                break;
            }
        }
        return off;
    }

    /** Records that a pane's process exited, after applying the output it left. */
    public Optional<Pane> exited(String paneId, int exitCode) {
        Pane pane = byId.get(paneId);
        if (pane == null || pane.process().isRunning()) {
            // A late exit of a process that was already replaced by a restart.
            return Optional.empty();
        }
        for (byte[] chunk = pane.process().nextOutput(); chunk != null; chunk = pane.process().nextOutput()) {
            if (pane.status() != PaneStatus.FAILED) {
                pane.feed(chunk, 0, chunk.length, System.currentTimeMillis(), System.nanoTime());
            }
        }
        pane.exited(exitCode);
        return Optional.of(pane);
    }

    /** Marks a pane failed after grove itself failed while handling it; its process is stopped. */
    public void fail(String paneId, String message) {
        Pane pane = byId.get(paneId);
        if (pane != null && pane.status() == PaneStatus.RUNNING) {
            pane.process().terminate();
        }
        if (pane != null) {
            pane.fail(message);
        }
    }

    /** Resizes a pane (emulator and pty); sizes below 1x1 are ignored. */
    public void resize(Pane pane, int cols, int rows) {
        if (cols >= 1 && rows >= 1) {
            pane.resize(cols, rows);
        }
    }

    /** Terminates every pane's process and whatever else runs on their terminals. */
    public void terminateAll() {
        for (Pane p : panes) {
            if (p.process() != null) {
                p.process().terminate();
            }
        }
    }

    /** After {@link #terminateAll}: waits briefly for every pane's processes to end, then kills what is left. */
    public void awaitTerminated() {
        for (Pane p : panes) {
            if (p.process() != null) {
                p.process().awaitTerminated();
            }
        }
    }

    private void replyTo(String paneId, byte[] bytes) {
        Pane pane = byId.get(paneId);
        if (pane != null) {
            pane.write(bytes);
        }
    }

    private PaneLog log(String name) {
        return new PaneLog(logsDir.resolve(name + ".log"), LOG_CAP);
    }

    private PtySpec spec(PaneRequest request, List<String> command, int cols, int rows) {
        Map<String, String> env = new HashMap<>(request.env());
        env.put("TERM", "xterm-256color");
        env.put("COLORTERM", "truecolor");
        env.put("GROVE_SOCKET", socket.toString());
        env.remove("TMUX");
        return new PtySpec(command, request.cwd(), env, Math.max(1, cols), Math.max(1, rows));
    }

    private String generateName(List<String> command) {
        String base = Path.of(command.get(0)).getFileName().toString().replaceAll("[^A-Za-z0-9._-]", "");
        if (base.isEmpty() || !Character.isLetterOrDigit(base.charAt(0))) {
            base = "pane";
        }
        base = base.length() > 24 ? base.substring(0, 24) : base;
        String name = base;
        for (int n = 2; byName(name).isPresent(); n++) {
            name = base + "-" + n;
        }
        return name;
    }
}
