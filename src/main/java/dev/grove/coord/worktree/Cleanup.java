// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.coord.worktree;

import dev.grove.common.UserError;
import dev.grove.config.Json;
import dev.grove.git.CommitInfo;
import dev.grove.git.UncommittedFile;
import dev.grove.git.WorkingTree;
import dev.grove.git.Worktrees.Removal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/**
 * Removing agents without losing work: what would be lost, safe removal, forced removal that
 * archives the worktree's full state first. A removal either completes or changes nothing that
 * matters: the archive is written before anything is deleted.
 */
final class Cleanup {
    static final String ARCHIVE_PREFIX = "refs/grove/archive/";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    private final RepoContext ctx;

    Cleanup(RepoContext ctx) {
        this.ctx = ctx;
    }

    RemovalCheck inspect(AgentRecord a) {
        Path wt = Path.of(a.worktree());
        boolean worktreeMissing = !Files.exists(wt.resolve(".git"));
        Optional<String> head = ctx.repo.branchHead(a.branch());
        List<UncommittedFile> uncommitted = List.of();
        if (!worktreeMissing) {
            uncommitted = WorkingTree.open(wt, ctx.git).orElseThrow().uncommitted().stream()
                    .filter(f -> !groveManaged(f)).toList();
        }
        List<CommitInfo> unmerged = List.of();
        boolean mergedAsIs = a.phase() == AgentRecord.Phase.MERGED && head.isPresent()
                && head.get().equals(a.mergedHead());
        if (head.isPresent() && a.branchCreated() && !mergedAsIs) {
            String target = a.mergedInto() != null ? a.mergedInto() : a.baseRef();
            String targetNow = ctx.repo.resolve(target).orElse(a.baseCommit());
            unmerged = ctx.repo.commitsBetween(targetNow, head.get());
        }
        return new RemovalCheck(a.name(), uncommitted, unmerged, worktreeMissing, head.isEmpty(),
                worktreeMissing ? 0 : WorkingTree.diskUsage(wt));
    }

    /** Untracked files grove itself put there: copies, links and the env file. */
    private boolean groveManaged(UncommittedFile f) {
        if (f.kind() != UncommittedFile.Kind.UNTRACKED) {
            return false;
        }
        if (f.path().equals(ctx.config.envFile())) {
            return true;
        }
        return ctx.config.copy().stream().anyMatch(p -> f.path().equals(p) || f.path().startsWith(p + "/"))
                || ctx.config.link().stream().anyMatch(p -> f.path().equals(p) || f.path().startsWith(p + "/"));
    }

    Removed remove(String name, RemoveMode mode) {
        AgentRecord a = ctx.live(name);
        RemovalCheck check = inspect(a);
        String base = a.mergedInto() != null ? a.mergedInto() : a.baseRef();
        if (!check.safe() && mode == RemoveMode.SAFE) {
            throw new UserError("removing '" + name + "' would lose " + check.summary(base),
                    "merge it first, or run 'grove rm " + name + " --force' to archive everything and remove it "
                            + "('grove restore " + name + "' brings it back)");
        }
        String archiveRef = check.safe() ? null : archive(a, check);
        Path wt = Path.of(a.worktree());
        if (check.worktreeMissing()) {
            ctx.worktrees.prune();
        } else if (!ctx.worktrees.remove(wt, Removal.DISCARD_CHANGES).ok() || Files.exists(wt)) {
            throw new IllegalStateException("git could not remove the worktree " + wt);
        }
        boolean deleteBranch = a.branchCreated() && !check.branchMissing();
        if (deleteBranch) {
            ctx.worktrees.deleteBranch(a.branch());
        }
        if (archiveRef != null) {
            ctx.registry.put(a.archived(ctx.now(), archiveRef));
        } else {
            ctx.registry.remove(name);
        }
        return new Removed(name, archiveRef, !a.branchCreated(), check.diskBytes());
    }

    private String archive(AgentRecord a, RemovalCheck check) {
        String ref = ARCHIVE_PREFIX + a.name() + "/" + STAMP.format(ctx.clock.instant());
        String message = "grove archive of agent " + a.name() + "\n\n" + Json.write(a) + "\n";
        String head = ctx.repo.branchHead(a.branch()).orElse(a.baseCommit());
        if (check.worktreeMissing()) {
            ctx.snapshots.archiveCommit(head, ref, message);
        } else {
            ctx.snapshots.archive(Path.of(a.worktree()), head, ref, message);
        }
        return ref;
    }
}
