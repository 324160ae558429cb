// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.coord.worktree;

import dev.grove.git.DiffStat;
import dev.grove.git.Divergence;
import dev.grove.git.Fingerprint;
import dev.grove.git.UncommittedFile;
import dev.grove.git.WorkingTree;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Status of every live agent's worktree, cheap to poll. Each poll first takes a
 * {@link Fingerprint} (a few dozen {@code stat} calls: index, HEAD, reflog, refs, the files
 * the agent already changed, committed or not); only when it differs, or the last full status
 * is older than {@code maxAge}, does it run a full status. The max age catches the first
 * in-place edit of a file the agent never touched before, which no cheap check sees;
 * {@link #invalidate} lets a caller that saw activity (pane output) ask for a full status on
 * the next poll. Disk use is measured at most every
 * {@code diskMaxAge}. Thread-safe (calls are serialised).
 */
public final class StatusPoller {
    private static final int MAX_WATCHED = 500;
    private final RepoContext ctx;
    private final Duration maxAge;
    private final Duration diskMaxAge;
    private final Map<String, Cached> cache = new HashMap<>();
    private long fullRefreshes;

    private static final class Cached {
        WorkingTree tree;
        Fingerprint fingerprint;
        WorktreeStatus status;
        List<String> watched = List.of();
        Instant fullAt = Instant.EPOCH;
        Instant diskAt = Instant.EPOCH;
        long disk;
    }

    StatusPoller(RepoContext ctx, Duration maxAge, Duration diskMaxAge) {
        this.ctx = ctx;
        this.maxAge = maxAge;
        this.diskMaxAge = diskMaxAge;
    }

    /** The status of every live agent, in registry order. */
    public synchronized List<WorktreeStatus> poll() {
        List<WorktreeStatus> out = new ArrayList<>();
        List<AgentRecord> live = ctx.registry.list().stream().filter(AgentRecord::live).toList();
        cache.keySet().removeIf(name -> live.stream().noneMatch(a -> a.name().equals(name)));
        for (AgentRecord a : live) {
            out.add(status(a));
        }
        return out;
    }

    /** The status of one agent. */
    public synchronized WorktreeStatus status(AgentRecord a) {
        Cached c = cache.computeIfAbsent(a.name(), k -> new Cached());
        Path wt = Path.of(a.worktree());
        if (!Files.exists(wt.resolve(".git"))) {
            c.tree = null;
            c.status = null;
            return missingWorktree(a);
        }
        if (c.tree == null) {
            c.tree = WorkingTree.open(wt, ctx.git).orElse(null);
            if (c.tree == null) {
                return missingWorktree(a);
            }
        }
        List<String> known = c.watched;
        Fingerprint fp = c.tree.fingerprint(watchedRefs(a), known);
        Instant now = ctx.clock.instant();
        if (c.status != null && fp.equals(c.fingerprint) && now.isBefore(c.fullAt.plus(maxAge))) {
            return c.status;
        }
        c.fullAt = now;
        if (now.isAfter(c.diskAt.plus(diskMaxAge))) {
            c.disk = c.tree.diskUsage();
            c.diskAt = now;
        }
        c.status = full(a, c.tree, fp, c.disk);
        // Taken before the status when the watched files are the same, so a change made while the
        // status ran is still seen on the next poll; otherwise over the newly watched files.
        c.watched = watchedFiles(c.status);
        c.fingerprint = c.watched.equals(known) ? fp : c.tree.fingerprint(watchedRefs(a), c.watched);
        fullRefreshes++;
        return c.status;
    }

    /** Forces a full status of {@code name} on the next poll. */
    public synchronized void invalidate(String name) {
        Cached c = cache.get(name);
        if (c != null) {
            c.fingerprint = null;
        }
    }

    /** How many full statuses were computed so far (for benchmarks and tests). */
    public synchronized long fullRefreshes() {
        return fullRefreshes;
    }

    /**
     * The files whose times go into the fingerprint: the uncommitted ones and those the branch
     * changed since its merge base (agents tend to edit the same files again), at most
     * {@link #MAX_WATCHED}.
     */
    private List<String> watchedFiles(WorktreeStatus s) {
        Set<String> files = new TreeSet<>();
        s.uncommitted().forEach(f -> files.add(f.path()));
        if (s.head() != null && s.mergeBase() != null) {
            files.addAll(ctx.repo.changedPaths(s.mergeBase(), s.head()));
        }
        return files.stream().limit(MAX_WATCHED).toList();
    }

    private List<String> watchedRefs(AgentRecord a) {
        return List.of("refs/heads/" + a.branch(), "refs/heads/" + a.baseRef(), "refs/remotes/" + a.baseRef());
    }

    private WorktreeStatus full(AgentRecord a, WorkingTree tree, Fingerprint fp, long disk) {
        List<UncommittedFile> uncommitted = tree.uncommitted();
        Optional<String> head = ctx.repo.branchHead(a.branch());
        String baseNow = ctx.repo.resolve(a.baseRef()).orElse(a.baseCommit());
        String activity = Instant.ofEpochMilli(Math.max(fp.newestMillis(),
                Instant.parse(a.createdAt()).toEpochMilli())).toString();
        if (head.isEmpty()) {
            return new WorktreeStatus(a.name(), a.task(), a.branch(), a.worktree(), a.phase(),
                    WorktreeStatus.Health.BRANCH_MISSING, null, uncommitted, 0, 0, DiffStat.EMPTY, disk, activity,
                    a.baseRef(), baseNow, !baseNow.equals(a.baseCommit()), null);
        }
        return withHistory(a, head.get(), baseNow, uncommitted, disk, activity, WorktreeStatus.Health.OK);
    }

    private WorktreeStatus missingWorktree(AgentRecord a) {
        String baseNow = ctx.repo.resolve(a.baseRef()).orElse(a.baseCommit());
        Optional<String> head = ctx.repo.branchHead(a.branch());
        if (head.isEmpty()) {
            return new WorktreeStatus(a.name(), a.task(), a.branch(), a.worktree(), a.phase(),
                    WorktreeStatus.Health.WORKTREE_MISSING, null, List.of(), 0, 0, DiffStat.EMPTY, 0, a.createdAt(),
                    a.baseRef(), baseNow, !baseNow.equals(a.baseCommit()), null);
        }
        return withHistory(a, head.get(), baseNow, List.of(), 0, a.createdAt(), WorktreeStatus.Health.WORKTREE_MISSING);
    }

    private WorktreeStatus withHistory(AgentRecord a, String head, String baseNow, List<UncommittedFile> uncommitted,
            long disk, String activity, WorktreeStatus.Health health) {
        String mergeBase = ctx.repo.mergeBase(baseNow, head).orElse(a.baseCommit());
        Divergence div = ctx.repo.divergence(baseNow, head);
        DiffStat stat = ctx.repo.diffStat(mergeBase, head);
        return new WorktreeStatus(a.name(), a.task(), a.branch(), a.worktree(), a.phase(), health, head, uncommitted,
                div.ahead(), div.behind(), stat, disk, activity, a.baseRef(), baseNow,
                !baseNow.equals(a.baseCommit()), mergeBase);
    }
}
