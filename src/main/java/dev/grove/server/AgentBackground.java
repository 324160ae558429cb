// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.server;

import dev.grove.coord.flow.BatchState;
import dev.grove.coord.flow.BatchStore;
import dev.grove.coord.flow.WaitingAgents;
import dev.grove.coord.status.StatusEdit;
import dev.grove.coord.status.StatusFile;
import dev.grove.coord.status.StatusTable;
import dev.grove.coord.status.StatusWatcher;
import dev.grove.coord.worktree.AgentRecord;
import dev.grove.coord.worktree.AgentRegistry;
import dev.grove.coord.worktree.AgentWorktrees;
import dev.grove.coord.worktree.RadarReport;
import dev.grove.coord.worktree.WorktreeStatus;
import dev.grove.session.SessionEvent;
import dev.grove.session.SessionLoop;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The agents' slow work, on one background thread: every second it re-reads the registry and
 * the status file (through its watcher), polls the worktrees' status and runs the conflict radar
 * (both cheap while nothing changed). Results go back to the session loop as
 * {@link SessionEvent.JobFinished}. Status labels and git jobs (review, merge, remove) run here
 * too, so the session thread never waits for git or the disk.
 */
final class AgentBackground implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(AgentBackground.class.getName());

    /**
     * One refresh's findings; {@code table} is empty when the file did not change, {@code radar}
     * without agents; {@code waiting} the agents waiting for others, {@code batches} every batch.
     */
    record Refresh(List<AgentRecord> agents, Optional<StatusTable> table, List<WorktreeStatus> worktrees,
                   Optional<RadarReport> radar, List<WaitingAgents.Waiting> waiting, List<BatchState> batches) {}

    private final SessionLoop loop;
    private final Path mainWorktree;
    private final AgentRegistry registry;
    private final StatusFile statusFile;
    private final StatusWatcher watcher;
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "grove-agents");
        t.setDaemon(true);
        return t;
    });
    private AgentWorktrees worktrees;

    AgentBackground(SessionLoop loop, Path mainWorktree, Path stateDir, StatusFile statusFile) {
        this.loop = loop;
        this.mainWorktree = mainWorktree;
        this.registry = new AgentRegistry(stateDir);
        this.statusFile = statusFile;
        this.watcher = statusFile.watcher();
    }

    /** Starts the periodic refresh; {@code apply} gets each result on the session thread. */
    void start(Consumer<Refresh> apply) {
        executor.scheduleWithFixedDelay(() -> {
            Refresh r = refresh();
            if (r != null) {
                loop.post(new SessionEvent.JobFinished("agent refresh", () -> apply.accept(r)));
            }
        }, 0, 1, TimeUnit.SECONDS);
    }

    private Refresh refresh() {
        try {
            List<AgentRecord> agents = registry.list();
            Optional<StatusTable> table = watcher.poll();
            if (agents.isEmpty()) {
                return new Refresh(agents, table, List.of(), Optional.empty(), List.of(), List.of());
            }
            AgentWorktrees w = worktrees();
            List<WorktreeStatus> statuses = w.statusPoller().poll();
            return new Refresh(agents, table, statuses, Optional.of(w.radar()),
                    new WaitingAgents(w, Clock.systemDefaultZone()).waiting(), BatchStore.of(w.layout().commonDir()).all());
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "agent refresh failed: " + e.getMessage(), e);
            return null;
        }
    }

    private AgentWorktrees worktrees() {
        if (worktrees == null) {
            worktrees = AgentWorktrees.open(mainWorktree, AgentWorktrees.Options.defaults());
        }
        return worktrees;
    }

    /**
     * Writes {@code agent}'s Status column (and task) into the status file, and has the next
     * refresh look at its worktree afresh: a change of state (work finished, a question asked)
     * is when edits the cheap fingerprints may not show yet matter to whoever looks next.
     */
    void writeStatus(String agent, String task, String label) {
        executor.execute(() -> {
            try {
                statusFile.set(StatusEdit.of(agent).withTask(task).withStatus(label));
                worktrees().statusPoller().invalidate(agent);
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "cannot write the status of " + agent + ": " + e.getMessage());
            }
        });
    }

    /** Removes {@code agent}'s row from the status file (after the agent itself was removed). */
    void removeRow(String agent) {
        executor.execute(() -> {
            try {
                statusFile.remove(agent);
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "cannot remove the row of " + agent + ": " + e.getMessage());
            }
        });
    }

    /**
     * Runs {@code work} against the repository on the background thread; {@code done} gets its
     * result on the session thread, {@code failed} the error message.
     */
    <T> void run(String what, Function<AgentWorktrees, T> work, Consumer<T> done,
                 Consumer<String> failed) {
        executor.execute(() -> {
            Supplier<Runnable> outcome = () -> {
                try {
                    T result = work.apply(worktrees());
                    return () -> done.accept(result);
                } catch (RuntimeException e) {
                    LOG.log(System.Logger.Level.WARNING, what + " failed: " + e.getMessage(), e);
                    String msg = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                    return () -> failed.accept(msg);
                }
            };
            loop.post(new SessionEvent.JobFinished(what, outcome.get()));
        });
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
