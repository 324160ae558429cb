// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.coord.worktree;

import dev.grove.git.WorkingTree;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code grove gc} and the server's periodic sweep: removes worktrees that are clean, merged
 * and idle for longer than the configured time, and drops stale registry records. Never
 * touches a worktree with uncommitted changes or unmerged commits.
 */
final class GarbageCollector {
    private static final Duration UNFINISHED_CREATION = Duration.ofHours(1);
    private final RepoContext ctx;
    private final Cleanup cleanup;

    GarbageCollector(RepoContext ctx) {
        this.ctx = ctx;
        this.cleanup = new Cleanup(ctx);
    }

    GcReport collect(boolean dryRun, Duration idle) {
        if (!dryRun) {
            ctx.worktrees.prune();
        }
        List<String> removed = new ArrayList<>();
        List<String> pruned = new ArrayList<>();
        List<GcReport.Kept> kept = new ArrayList<>();
        long freed = 0;
        Instant now = ctx.clock.instant();
        for (AgentRecord a : ctx.registry.list()) {
            if (!a.live()) {
                continue;
            }
            if (stale(a, now)) {
                pruned.add(a.name());
                if (!dryRun) {
                    ctx.registry.remove(a.name());
                }
                continue;
            }
            String reason = reasonToKeep(a, now, idle);
            if (reason != null) {
                kept.add(new GcReport.Kept(a.name(), reason));
                continue;
            }
            removed.add(a.name());
            freed += dryRun ? WorkingTree.diskUsage(Path.of(a.worktree())) : cleanup.remove(a.name(), RemoveMode.SAFE).freedBytes();
        }
        return new GcReport(dryRun, removed, pruned, kept, freed);
    }

    /** A record with nothing behind it: worktree and branch gone, or a creation that never finished. */
    private boolean stale(AgentRecord a, Instant now) {
        boolean worktreeGone = !Files.exists(Path.of(a.worktree()).resolve(".git"));
        if (!worktreeGone) {
            return false;
        }
        if (a.phase() == AgentRecord.Phase.CREATING) {
            return Instant.parse(a.createdAt()).plus(UNFINISHED_CREATION).isBefore(now);
        }
        return ctx.repo.branchHead(a.branch()).isEmpty();
    }

    private String reasonToKeep(AgentRecord a, Instant now, Duration idle) {
        if (a.phase() == AgentRecord.Phase.CREATING) {
            return "being created";
        }
        RemovalCheck check = cleanup.inspect(a);
        if (!check.uncommitted().isEmpty()) {
            return "uncommitted changes";
        }
        if (!check.unmergedCommits().isEmpty() || !merged(a)) {
            return "not merged";
        }
        Instant last = lastActivity(a);
        if (last.plus(idle).isAfter(now)) {
            return "active " + Duration.between(last, now).toMinutes() + " min ago";
        }
        return null;
    }

    private boolean merged(AgentRecord a) {
        if (a.phase() == AgentRecord.Phase.MERGED) {
            return true;
        }
        Optional<String> head = ctx.repo.branchHead(a.branch());
        Optional<String> base = ctx.repo.resolve(a.baseRef());
        return head.isPresent() && base.isPresent() && !head.get().equals(a.baseCommit())
                && ctx.repo.mergeBase(base.get(), head.get()).orElse("").equals(head.get());
    }

    private Instant lastActivity(AgentRecord a) {
        Instant last = Instant.parse(a.mergedAt() != null ? a.mergedAt() : a.createdAt());
        Optional<WorkingTree> tree = WorkingTree.open(Path.of(a.worktree()), ctx.git);
        if (tree.isPresent()) {
            Instant newest = Instant.ofEpochMilli(tree.get().fingerprint(List.of(), List.of()).newestMillis());
            last = last.isAfter(newest) ? last : newest;
        }
        return last;
    }
}
