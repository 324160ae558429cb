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

/**
 * Status of every live agent's worktree, cheap to poll. Each poll first takes a
 * {@link Fingerprint} (a few dozen {@code stat} calls: index, HEAD, reflog, refs, the files
 * already known to be changed); only when it differs, or the last full status is older than
 * {@code maxAge}, does it run a full JGit status. The max age catches in-place edits of clean
 * files, which no cheap check sees; {@link #invalidate} lets a caller that saw activity (pane
 * output) ask for a full status on the next poll. Disk use is measured at most every
 * {@code diskMaxAge}. Thread-safe (calls are serialised).
 */
public final class StatusPoller {
    private final RepoContext ctx;
    private final Duration maxAge;
    private final Duration diskMaxAge;
    private final Map<String, Cached> cache = new HashMap<>();
    private long fullRefreshes;

    private static final class Cached {
        WorkingTree tree;
        Fingerprint fingerprint;
        WorktreeStatus status;
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
        List<String> known = c.status == null ? List.of()
                : c.status.uncommitted().stream().map(UncommittedFile::path).toList();
        Fingerprint fp = c.tree.fingerprint(watchedRefs(a), known);
        Instant now = ctx.clock.instant();
        if (c.status != null && fp.equals(c.fingerprint) && now.isBefore(c.fullAt.plus(maxAge))) {
            return c.status;
        }
        c.fingerprint = fp;
        c.fullAt = now;
        if (now.isAfter(c.diskAt.plus(diskMaxAge))) {
            c.disk = c.tree.diskUsage();
            c.diskAt = now;
        }
        c.status = full(a, c.tree, fp, c.disk);
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
