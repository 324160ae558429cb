// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.server;

import dev.grove.common.UserError;
import dev.grove.config.SavedAgent;
import dev.grove.config.SavedPane;
import dev.grove.config.SavedState;
import dev.grove.config.StateFile;
import dev.grove.session.Pane;
import dev.grove.session.PaneRequest;
import dev.grove.session.PaneStatus;
import dev.grove.session.SessionEvent;
import dev.grove.ui.LayoutMode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Keeps {@code state.json} in step with the server. {@link #saveIfChanged} builds the
 * {@link SavedState} of the panes and the view and writes it (atomically, on a thread of its own)
 * when it differs from what was last written; {@link StateSaving} decides when to look (once
 * events pause) and when to wait for the disk (before a command's reply, and when the server
 * stops). With the panes go the agent each runs and the review queue ({@link AgentMemory}); a
 * restored pane keeps its saved agent until the supervisor knows it again. A write that fails
 * (disk full, read-only) is logged once, shown to the attached clients and retried at most every
 * {@link #RETRY_NANOS}; the last good file stays whole. {@link #restore} brings a saved state back
 * at start. Confined to the session thread, but for the writes themselves.
 */
final class StateKeeper {
    static final long RETRY_NANOS = 5_000_000_000L;
    private static final System.Logger LOG = System.getLogger(StateKeeper.class.getName());

    private final StateFile file;
    private final Map<String, String> baseEnv;
    private final String version;
    private final Map<String, Map<String, String>> extraEnv = new HashMap<>();
    private final Map<String, SavedAgent> restoredAgents = new HashMap<>();
    private AgentMemory agents = AgentMemory.NONE;
    /** Writes the state file, one write at a time, in the order they were handed over. */
    private final ExecutorService writer = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "state-writer");
        t.setDaemon(true);
        return t;
    });
    private SavedState written;
    /** The state handed to {@link #writer} by {@link #saveIfChanged} and not yet settled, or null. */
    private SavedState inFlight;
    /** Writes handed over so far, and the number of the last one settled. */
    private long handedOver;
    private long settled;
    private long retryAtNanos = Long.MIN_VALUE;
    private String failure;

    /** {@code baseEnv} is the server's own environment: a pane's saved environment is what it adds to it. */
    StateKeeper(StateFile file, Map<String, String> baseEnv, String version) {
        this.file = file;
        this.baseEnv = Map.copyOf(baseEnv);
        this.version = version;
    }

    /** Records the agents of the panes and the review queue from {@code agents} (default: none). */
    void useAgents(AgentMemory agents) {
        this.agents = agents;
    }

    /** Opens the saved panes, exited or interrupted, with their last screens, and the saved focus and layout. */
    void restore(Mux mux, SavedState state) {
        Map<String, String> focusIds = new HashMap<>();
        for (SavedPane p : state.panes()) {
            Map<String, String> env = new HashMap<>(baseEnv);
            env.putAll(p.extraEnv());
            PaneRequest request = new PaneRequest(p.name(), p.command(), Path.of(p.cwd()), env);
            Integer exit = p.status() == SavedPane.Status.EXITED ? p.exitCode() : null;
            try {
                Pane pane = mux.session().restore(request, Math.max(1, p.cols()), Math.max(1, p.rows()), p.createdMillis(), exit);
                mux.resumer().remember(pane, p);
                if (p.agent() != null) {
                    restoredAgents.put(pane.id(), p.agent());
                }
                focusIds.put(p.name(), pane.id());
            } catch (UserError e) {
                LOG.log(System.Logger.Level.WARNING, "saved pane not restored: " + e.getMessage());
            }
        }
        agents.restoreReviews(state.reviewQueue());
        mux.setDefaultView(focusIds.get(state.focusedPane()), layout(state.layout()));
        LOG.log(System.Logger.Level.INFO, "restored " + focusIds.size() + " pane(s) from " + file.path());
        written = snapshot(mux, state.savedAtMillis());
    }

    /**
     * Hands the state to the writer thread when it changed since the last write (or a failed write
     * is due for a retry); the session thread does not wait for the disk. While one write is under
     * way no other is queued; its end reaches the loop as an event, after which the state is
     * looked at again like after any other event.
     */
    void saveIfChanged(Mux mux, long nowNanos) {
        SavedState state = inFlight != null ? null : due(mux, nowNanos);
        if (state == null) {
            return;
        }
        long seq = ++handedOver;
        inFlight = state;
        writer.execute(() -> {
            UncheckedIOException failed = write(state);
            mux.loop().post(new SessionEvent.JobFinished("state saved", () -> {
                inFlight = null;
                settle(mux, seq, state, failed, System.nanoTime());
            }));
        });
    }

    /** As {@link #saveIfChanged}, returning once the state is on disk (or the write failed). */
    void saveNowIfChanged(Mux mux, long nowNanos) {
        SavedState state = due(mux, nowNanos);
        if (state == null) {
            if (inFlight != null) {
                // The state being written is this one: return once it is on disk.
                onWriter(() -> null);
            }
            return;
        }
        long seq = ++handedOver;
        settle(mux, seq, state, onWriter(() -> write(state)), nowNanos);
    }

    /** Runs {@code task} on the writer thread, after every write handed over before, and waits for it. */
    private <T> T onWriter(Callable<T> task) {
        try {
            return writer.submit(task).get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("writing the state failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing the state", e);
        }
    }

    /** The state to write now; null when it is the one last written (or being written) or a retry is not due. */
    private SavedState due(Mux mux, long nowNanos) {
        SavedState state = snapshot(mux, System.currentTimeMillis());
        SavedState last = inFlight != null ? inFlight : written;
        if (last != null && state.equals(last.at(state.savedAtMillis())) || nowNanos < retryAtNanos) {
            return null;
        }
        return state;
    }

    /** Writes {@code state} (on the writer thread); what failed, or null. */
    private UncheckedIOException write(SavedState state) {
        try {
            file.save(state);
            return null;
        } catch (UncheckedIOException e) {
            return e;
        }
    }

    /** Records how write number {@code seq} went; a later write already recorded wins over it. */
    private void settle(Mux mux, long seq, SavedState state, UncheckedIOException failed, long nowNanos) {
        if (seq < settled) {
            return;
        }
        settled = seq;
        if (failed == null) {
            written = state;
            if (failure != null) {
                LOG.log(System.Logger.Level.INFO, "state saved again to " + file.path());
                mux.tellClients("grove saves its state again");
                failure = null;
            }
            return;
        }
        retryAtNanos = nowNanos + RETRY_NANOS;
        String reason = cause(failed);
        if (!reason.equals(failure)) {
            LOG.log(System.Logger.Level.WARNING, "cannot save grove's state to " + file.path() + ": " + reason
                    + " (the last saved state is kept; retrying)");
            mux.tellClients("grove cannot save its state: " + reason + " (the last saved state is kept)");
            failure = reason;
        }
    }

    /** How long until a failed write is retried, or -1 when none is pending (or a write is under way). */
    long nanosUntilRetry(long nowNanos) {
        return failure == null || inFlight != null ? -1 : Math.max(0, retryAtNanos - nowNanos);
    }

    SavedState snapshot(Mux mux, long nowMillis) {
        List<SavedPane> panes = new ArrayList<>();
        for (Pane p : mux.session().panes()) {
            panes.add(record(p));
        }
        extraEnv.keySet().removeIf(id -> mux.session().byId(id).isEmpty());
        restoredAgents.keySet().removeIf(id -> mux.session().byId(id).isEmpty());
        Optional<Pane> focus = mux.session().byId(mux.focusToKeep() == null ? "" : mux.focusToKeep());
        return new SavedState(SavedState.SCHEMA, version, nowMillis, panes, focus.map(Pane::name).orElse(null),
                mux.layoutToKeep().name().toLowerCase(Locale.ROOT), agents.reviews(), agents.waiting(), agents.batches());
    }

    private SavedPane record(Pane p) {
        SavedPane.Status status = p.status() == PaneStatus.RUNNING || p.interrupted() ? SavedPane.Status.RUNNING
                : p.status() == PaneStatus.FAILED ? SavedPane.Status.FAILED : SavedPane.Status.EXITED;
        return new SavedPane(p.name(), p.command(), p.cwd().toString(), extraEnv.computeIfAbsent(p.id(), id -> extra(p.env())),
                status, status == SavedPane.Status.EXITED ? p.exitCode() : null, p.createdMillis(), p.screen().cols(),
                p.screen().rows(), agentOf(p));
    }

    /** The pane's agent as supervised now, else as restored (until the supervisor has caught up), else null. */
    private SavedAgent agentOf(Pane p) {
        SavedAgent now = agents.agentOf(p);
        if (now != null) {
            restoredAgents.remove(p.id());
            return now;
        }
        return restoredAgents.get(p.id());
    }

    /** Variables of {@code env} the server's own environment lacks or has with another value. */
    private Map<String, String> extra(Map<String, String> env) {
        Map<String, String> extra = new LinkedHashMap<>();
        env.entrySet().stream().filter(e -> !e.getValue().equals(baseEnv.get(e.getKey())))
                .sorted(Map.Entry.comparingByKey()).forEach(e -> extra.put(e.getKey(), e.getValue()));
        return extra;
    }

    private static LayoutMode layout(String name) {
        for (LayoutMode m : LayoutMode.values()) {
            if (m.name().equalsIgnoreCase(name)) {
                return m;
            }
        }
        return LayoutMode.TILED;
    }

    /** The reason of a failed write, without the path the message names already. */
    private static String cause(UncheckedIOException e) {
        IOException c = e.getCause();
        if (c instanceof FileSystemException && ((FileSystemException) c).getReason() != null) {
            return ((FileSystemException) c).getReason();
        }
        return c.getMessage() == null ? c.getClass().getSimpleName() : c.getMessage();
    }
}
