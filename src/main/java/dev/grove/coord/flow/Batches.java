// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.coord.flow;

import dev.grove.common.UserError;
import dev.grove.config.Json;
import dev.grove.coord.status.StatusFile;
import dev.grove.coord.worktree.AgentRecord;
import dev.grove.coord.worktree.AgentWorktrees;
import dev.grove.coord.worktree.TickedChecklists;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Runs a task file as a batch in the calling thread: checks the request, resumes the file's
 * unfinished batch or starts a new one, ticks tasks off in the file as they succeed (a file in
 * the main worktree is recorded in {@link TickedChecklists}, so its ticks never block a merge), and writes
 * the JSON report ({@code <id>.report.json}) beside the batch state at the end.
 */
public final class Batches {
    /** Parallelism past which {@code force} is needed. */
    public static final int MAX_PARALLEL = 8;

    private Batches() {}

    /** The id of the batch of {@code taskFile}: its name and a short hash of its absolute path. */
    public static String idOf(Path taskFile) {
        Path abs = taskFile.toAbsolutePath().normalize();
        String stem = abs.getFileName().toString().replaceAll("\\.[^.]*$", "").toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-");
        int hash = abs.toString().hashCode();
        return stem + "-" + HexFormat.of().toHexDigits(hash).substring(0, 6);
    }

    /**
     * Runs (or resumes) the batch of {@code taskFile} to its end.
     *
     * @throws UserError for a malformed task file, a bad parallelism or a check command that does not exist
     */
    public static BatchState run(AgentWorktrees worktrees, Path taskFile, BatchRequest request,
            BatchListener listener, Clock clock) {
        List<FlowTask> tasks = TaskFile.read(taskFile);
        new TickedChecklists(worktrees.layout()).add(taskFile);
        BatchListener ticking = new BatchListener() {
            @Override
            public void event(String line) {
                listener.event(line);
            }

            @Override
            public void succeeded(FlowTask task) {
                Checklist.markDone(taskFile, task);
                listener.succeeded(task);
            }
        };
        return run(worktrees, tasks, idOf(taskFile), taskFile.toAbsolutePath().toString(), request, ticking, clock);
    }

    /**
     * Runs (or resumes) the batch {@code id} of {@code tasks} to its end; {@code origin} names
     * where the tasks came from.
     *
     * @throws UserError for a bad parallelism, a check command that does not exist, or tasks
     *     that differ from those of the unfinished batch {@code id}
     */
    public static BatchState run(AgentWorktrees worktrees, List<FlowTask> tasks, String id, String origin,
            BatchRequest request, BatchListener listener, Clock clock) {
        BatchStore store = BatchStore.of(worktrees.layout().commonDir());
        try (BatchStore.Held held = store.hold(id)) {
            return runHeld(worktrees, tasks, id, origin, request, listener, clock);
        }
    }

    /**
     * Checks that the batch of {@code taskFile} can start (or resume) as {@code request} asks,
     * without starting anything.
     *
     * @throws UserError as {@link #run(AgentWorktrees, Path, BatchRequest, BatchListener, Clock)} would
     */
    public static void check(AgentWorktrees worktrees, Path taskFile, BatchRequest request) {
        List<FlowTask> tasks = TaskFile.read(taskFile);
        checkRequest(worktrees, request);
        BatchStore.of(worktrees.layout().commonDir()).load(idOf(taskFile)).filter(s -> !s.finished())
                .ifPresent(s -> checkSameTasks(s, tasks, taskFile.toAbsolutePath().toString()));
    }

    private static BatchState runHeld(AgentWorktrees worktrees, List<FlowTask> tasks, String id, String origin,
            BatchRequest request, BatchListener listener, Clock clock) {
        int parallel = checkRequest(worktrees, request);
        BatchStore store = BatchStore.of(worktrees.layout().commonDir());
        Optional<BatchState> saved = store.load(id).filter(s -> !s.finished());
        BatchState state = saved.orElseGet(() -> BatchState.fresh(id, origin, parallel, tasks));
        checkSameTasks(state, tasks, origin);
        state = new BatchState(state.id(), state.taskFile(), parallel, state.runs());
        listener.event((saved.isPresent() ? "resuming batch " : "batch ") + id + ": " + tasks.size() + " tasks, "
                + parallel + " at a time");
        AgentStates states = AgentStates.fromStatusFile(new StatusFile(
                worktrees.layout().mainWorktree().resolve(worktrees.config().statusFile()), clock));
        AgentProcessLauncher launcher = new AgentProcessLauncher(worktrees, request.spec(), store.logDir(id), states,
                clock).inPanes(request.panes());
        BatchRunner runner = new BatchRunner(tasks, state, launcher, store,
                new BatchRunner.Settings(request.maxUnreviewed(), request.pollEvery()),
                name -> awaitingReview(worktrees, name), listener, clock);
        BatchState end = runner.run();
        Json.writeAtomically(reportFile(store, id), Json.write(end));
        return end;
    }

    /** Where the JSON report of batch {@code id} goes. */
    public static Path reportFile(BatchStore store, String id) {
        return store.dir().resolve(id + BatchStore.REPORT_SUFFIX);
    }

    /** Checks the parallelism and the check command; returns the parallelism. */
    private static int checkRequest(AgentWorktrees worktrees, BatchRequest request) {
        int parallel = parallelism(worktrees, request);
        if (request.spec().check() != null) {
            CheckCommand.verify(request.spec().check(), worktrees.layout().mainWorktree());
        }
        return parallel;
    }

    private static int parallelism(AgentWorktrees worktrees, BatchRequest request) {
        int p = request.parallel() == null ? worktrees.config().worktrees().parallelism() : request.parallel();
        if (p < 1) {
            throw new UserError("--parallel must be at least 1, not " + p);
        }
        if (p > MAX_PARALLEL && !request.force()) {
            throw new UserError("--parallel " + p + " runs more than " + MAX_PARALLEL + " agents at once",
                    "add --force if this machine and your review capacity can take it");
        }
        return p;
    }

    private static void checkSameTasks(BatchState state, List<FlowTask> tasks, String origin) {
        List<String> names = tasks.stream().map(FlowTask::name).toList();
        List<String> saved = state.runs().stream().map(TaskRun::name).toList();
        if (!names.equals(saved)) {
            throw new UserError(origin + ": its tasks changed while its batch was unfinished (" + saved + " before)",
                    "restore the file, or delete " + state.id() + ".json under the batches directory to start over");
        }
    }

    private static boolean awaitingReview(AgentWorktrees worktrees, String name) {
        return worktrees.agents().stream().anyMatch(a -> a.name().equals(name)
                && a.phase() == AgentRecord.Phase.ACTIVE);
    }
}
