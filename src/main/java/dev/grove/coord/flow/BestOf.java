// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.coord.flow;

import dev.grove.common.UserError;
import dev.grove.coord.worktree.AgentWorktrees;
import dev.grove.coord.worktree.MergeMode;
import dev.grove.coord.worktree.QueueReport;
import dev.grove.coord.worktree.RemoveMode;
import dev.grove.coord.worktree.Removed;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Best-of-N: N candidates ({@code NAME-1} .. {@code NAME-N}) on one identical task, run as the
 * batch {@code best-NAME}; then one is kept (merged) and the others are removed with their work
 * archived, so {@code grove restore} can bring any back. Stateless.
 */
public final class BestOf {
    private static final Pattern CANDIDATE = Pattern.compile("(.+)-[0-9]+");

    private BestOf() {}

    /**
     * What keeping a winner did.
     *
     * @param landed the merge commit of the winner
     * @param removed the other candidates, removed (each with its archive ref, or null when it had no work)
     */
    public record Kept(String winner, String landed, List<Removed> removed) {}

    /** The id of the batch of best-of {@code name}. */
    public static String batchId(String name) {
        return "best-" + name;
    }

    /** The best-of run {@code agent} is a candidate of ({@code fix} for {@code fix-2}), if it is one. */
    public static Optional<String> groupOf(AgentWorktrees worktrees, String agent) {
        Matcher m = CANDIDATE.matcher(agent);
        if (!m.matches()) {
            return Optional.empty();
        }
        return BatchStore.of(worktrees.layout().commonDir()).load(batchId(m.group(1)))
                .filter(s -> s.runs().stream().anyMatch(r -> r.name().equals(agent)))
                .map(s -> m.group(1));
    }

    /** The candidate tasks: {@code NAME-1} .. {@code NAME-N}, all on {@code text}. */
    public static List<FlowTask> candidates(String name, int n, String text) {
        if (n < 2) {
            throw new UserError("--best-of must be at least 2, not " + n);
        }
        if (text == null || text.isBlank()) {
            throw new UserError("--best-of needs --task TEXT", "every candidate gets the identical task");
        }
        List<FlowTask> tasks = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            tasks.add(new FlowTask(name + "-" + i, text, List.of(), List.of(), null, false, 0));
        }
        return tasks;
    }

    /** Runs (or resumes) the N candidates to their end, at most {@code request}'s parallelism at once. */
    public static BatchState run(AgentWorktrees worktrees, String name, int n, String text, BatchRequest request,
            BatchListener listener, Clock clock) {
        return Batches.run(worktrees, candidates(name, n, text), batchId(name), "best-of " + name, request, listener,
                clock);
    }

    /**
     * Merges {@code winner} through the merge queue, then removes every other candidate with its
     * work archived.
     *
     * @throws UserError when {@code winner} is not a candidate of {@code name}'s best-of, or its merge is refused
     */
    public static Kept keep(AgentWorktrees worktrees, String name, String winner) {
        BatchState state = BatchStore.of(worktrees.layout().commonDir()).load(batchId(name))
                .orElseThrow(() -> new UserError("no best-of run named " + name,
                        "start one with grove new NAME --best-of N"));
        if (state.runs().stream().noneMatch(r -> r.name().equals(winner))) {
            throw new UserError(winner + " is not a candidate of " + name,
                    "candidates: " + state.runs().stream().map(TaskRun::name).toList());
        }
        QueueReport report = worktrees.mergeQueue(List.of(winner), MergeMode.MERGE, null);
        if (!report.complete() || report.landed().isEmpty()) {
            String why = report.stoppedAt() == null ? "nothing to merge" : report.stoppedAt().reason();
            throw new UserError("cannot merge " + winner + ": " + why, "nothing was removed");
        }
        List<Removed> removed = new ArrayList<>();
        for (TaskRun r : state.runs()) {
            boolean live = worktrees.agents().stream().anyMatch(a -> a.name().equals(r.name()) && a.live());
            if (!r.name().equals(winner) && live) {
                removed.add(worktrees.remove(r.name(), RemoveMode.FORCE));
            }
        }
        return new Kept(winner, report.landed().get(0).commit(), removed);
    }
}
