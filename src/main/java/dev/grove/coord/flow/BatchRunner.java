// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.coord.flow;

import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Predicate;

/**
 * Runs a batch to its end: starts tasks in file order while fewer than {@code parallel} run, no
 * task of the same exclusive group runs, every task it waits for succeeded and was merged, and
 * fewer than {@code maxUnreviewed} finished tasks await review. Every change is saved before the
 * next step, so a runner started on a saved state resumes it: running tasks are watched, not
 * started again. Confined to the calling thread, except {@link #stop}.
 */
public final class BatchRunner {
    /**
     * How a batch runs.
     *
     * @param maxUnreviewed pause new starts while this many succeeded tasks await review; 0 for no limit
     * @param pollEvery how often running tasks are polled
     */
    public record Settings(int maxUnreviewed, Duration pollEvery) {}

    private final List<FlowTask> tasks;
    private final TaskLauncher launcher;
    private final BatchStore store;
    private final Settings settings;
    private final Predicate<String> awaitingReview;
    private final BatchListener events;
    private final Clock clock;
    private final Map<String, TaskLauncher.RunningTask> running = new LinkedHashMap<>();
    private BatchState state;
    private boolean paused;
    private volatile boolean stopRequested;

    /**
     * @param awaitingReview whether a succeeded task's branch still awaits review (not merged)
     * @param events hears every event
     */
    public BatchRunner(List<FlowTask> tasks, BatchState state, TaskLauncher launcher, BatchStore store,
            Settings settings, Predicate<String> awaitingReview, BatchListener events, Clock clock) {
        this.tasks = List.copyOf(tasks);
        this.state = state;
        this.launcher = launcher;
        this.store = store;
        this.settings = settings;
        this.awaitingReview = awaitingReview;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Runs until every task has finished, or until {@link #stop} is called (the saved state then
     * resumes later; running agents keep running); returns the state reached. A task waiting for an unmerged one
     * waits for as long as that branch awaits review.
     */
    public BatchState run() {
        resumeRunning();
        while (!state.finished()) {
            if (stopRequested) {
                events.event("batch " + state.id() + " interrupted; run it again to resume");
                return state;
            }
            pollRunning();
            skipBlocked();
            startReady();
            if (!state.finished()) {
                LockSupport.parkNanos(settings.pollEvery().toNanos());
            }
        }
        events.event("batch " + state.id() + " finished: " + summary());
        return state;
    }

    /** Asks the runner to return after its current step. Safe from any thread. */
    public void stop() {
        stopRequested = true;
    }

    private void resumeRunning() {
        for (FlowTask t : tasks) {
            TaskRun r = state.run(t.name());
            if (r.phase() == TaskPhase.PENDING && t.done()) {
                save(r.ended(now(), new TaskEnd(true, null, null, null, "marked done in the task file")));
            } else if (r.phase() == TaskPhase.RUNNING) {
                running.put(t.name(), launcher.resume(t, r));
                events.event("resume " + t.name());
            }
        }
    }

    private void pollRunning() {
        for (var it = running.entrySet().iterator(); it.hasNext();) {
            var e = it.next();
            TaskEnd end = e.getValue().poll();
            if (end != null) {
                it.remove();
                save(state.run(e.getKey()).ended(now(), end));
                events.event((end.success() ? "done " : "failed ") + e.getKey() + describe(end));
                if (end.success()) {
                    events.succeeded(task(e.getKey()));
                }
            }
        }
    }

    private void skipBlocked() {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (FlowTask t : tasks) {
                if (state.run(t.name()).phase() != TaskPhase.PENDING) {
                    continue;
                }
                for (String a : t.after()) {
                    TaskPhase p = state.run(a).phase();
                    if (p == TaskPhase.FAILED || p == TaskPhase.SKIPPED) {
                        save(state.run(t.name()).skipped(now(), "waits for " + a + ", which " + p.name().toLowerCase(
                                Locale.ROOT)));
                        events.event("skipped " + t.name() + ": waits for " + a);
                        changed = true;
                        break;
                    }
                }
            }
        }
    }

    private void startReady() {
        boolean reviewFull = settings.maxUnreviewed() > 0 && unreviewed() >= settings.maxUnreviewed();
        if (reviewFull != paused) {
            paused = reviewFull;
            events.event(paused ? "paused: " + unreviewed() + " finished tasks await review" : "resumed starts");
        }
        if (paused) {
            return;
        }
        Set<String> busyGroups = new HashSet<>();
        for (String name : running.keySet()) {
            if (task(name).group() != null) {
                busyGroups.add(task(name).group());
            }
        }
        for (FlowTask t : tasks) {
            if (running.size() >= state.parallel()) {
                return;
            }
            if (state.run(t.name()).phase() == TaskPhase.PENDING && depsMet(t)
                    && (t.group() == null || !busyGroups.contains(t.group()))) {
                start(t);
                if (t.group() != null) {
                    busyGroups.add(t.group());
                }
            }
        }
    }

    private void start(FlowTask t) {
        TaskLauncher.RunningTask task = launcher.start(t);
        running.put(t.name(), task);
        save(state.run(t.name()).started(now(), task.pid()));
        events.event("start " + t.name() + (t.group() == null ? "" : " (group " + t.group() + ")"));
    }

    private FlowTask task(String name) {
        return tasks.stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
    }

    private boolean depsMet(FlowTask t) {
        for (String a : t.after()) {
            if (state.run(a).phase() != TaskPhase.SUCCEEDED || awaitingReview.test(a)) {
                return false;
            }
        }
        return true;
    }

    private long unreviewed() {
        return state.runs().stream()
                .filter(r -> r.phase() == TaskPhase.SUCCEEDED && r.startedAt() != null && awaitingReview.test(r.name()))
                .count();
    }

    private void save(TaskRun run) {
        state = state.with(run);
        store.save(state);
    }

    private String summary() {
        Map<TaskPhase, Integer> counts = new LinkedHashMap<>();
        for (TaskRun r : state.runs()) {
            counts.merge(r.phase(), 1, Integer::sum);
        }
        StringBuilder b = new StringBuilder();
        counts.forEach((p, n) -> b.append(b.length() == 0 ? "" : ", ").append(n).append(' ')
                .append(p.name().toLowerCase(Locale.ROOT)));
        return b.toString();
    }

    private static String describe(TaskEnd end) {
        StringBuilder b = new StringBuilder();
        if (end.exitCode() != null) {
            b.append(" exit ").append(end.exitCode());
        }
        if (end.check() != null) {
            b.append(", check ").append(end.check());
        }
        if (end.merge() != null) {
            b.append(", merge ").append(end.merge());
        }
        if (end.reason() != null) {
            b.append(": ").append(end.reason());
        }
        return b.toString();
    }

    private String now() {
        return clock.instant().toString();
    }
}
