// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.coord.worktree;

import dev.grove.common.UserError;
import dev.grove.git.CommitInfo;
import dev.grove.git.GitFailure;
import dev.grove.git.GitResult;
import dev.grove.git.MergePrediction;
import dev.grove.git.MergePredictor;
import dev.grove.git.WorktreeEntry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Lands agent branches. Each merge is predicted first ({@code git merge-tree}); the merge commit
 * is written without any worktree, and the target branch then only fast-forwards (in the main
 * worktree when it is checked out there, else by a compare-and-swap ref update). So the main
 * worktree is never left mid-merge: it either moves to the new commit or stays as it was.
 */
final class Merger {
    private final RepoContext ctx;
    private final MergePredictor predictor;

    Merger(RepoContext ctx, MergePredictor predictor) {
        this.ctx = ctx;
        this.predictor = predictor;
    }

    /** Merges one agent; preconditions a user can fix throw {@link UserError}. */
    MergeOutcome merge(String name, MergeMode mode, String into) {
        AgentRecord a = ctx.live(name);
        String head = ctx.branchHead(a);
        if (a.phase() == AgentRecord.Phase.MERGED && head.equals(a.mergedHead())) {
            throw new UserError("agent '" + name + "' is already merged into " + a.mergedInto(),
                    "remove it with 'grove rm " + name + "'");
        }
        String target = into != null ? into : a.baseRef();
        Optional<String> targetHead = ctx.repo.branchHead(target);
        if (targetHead.isEmpty()) {
            throw new UserError("cannot merge into '" + target + "': it is not a local branch",
                    "pass --into BRANCH with a local branch");
        }
        boolean inMain = checkMainWorktree(target);
        String targetCommit = targetHead.get();
        if (mode == MergeMode.REBASE) {
            return rebase(a, head, target, targetCommit, inMain);
        }
        if (ctx.repo.mergeBase(targetCommit, head).orElse("").equals(head)) {
            return record(a, new MergeOutcome.Landed(name, target, targetCommit, head, mode));
        }
        MergePrediction p = predictor.predict(targetCommit, head);
        if (!p.clean()) {
            return conflicts(name, target, p.conflicts());
        }
        String commit = commit(p.tree(), mode == MergeMode.MERGE ? List.of(targetCommit, head) : List.of(targetCommit),
                message(a, mode, targetCommit, head));
        return advance(a, new MergeOutcome.Landed(name, target, commit, head, mode), targetCommit, inMain);
    }

    /** Merges agents in order, each against the target as the previous merges left it. */
    QueueReport queue(List<String> names, MergeMode mode, String into) {
        List<MergeOutcome.Landed> landed = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            MergeOutcome o;
            try {
                o = merge(names.get(i), mode, into);
            } catch (UserError e) {
                o = new MergeOutcome.Refused(names.get(i), into, e.getMessage(), List.of());
            }
            if (o instanceof MergeOutcome.Refused r) {
                return new QueueReport(landed, r, names.subList(i + 1, names.size()));
            }
            landed.add((MergeOutcome.Landed) o);
        }
        return new QueueReport(landed, null, List.of());
    }

    /** Runs {@code git merge TARGET} inside the agent's worktree and says what to tell the agent. */
    ConflictHandoff handToAgent(String name, String into) {
        AgentRecord a = ctx.live(name);
        Path wt = existingWorktree(a);
        String target = into != null ? into : a.baseRef();
        if (ctx.repo.resolve(target).isEmpty()) {
            throw new UserError("unknown merge target '" + target + "'", "pass --into BRANCH");
        }
        List<String> conflicts;
        try {
            conflicts = ctx.landing.mergeInto(wt, target);
        } catch (GitFailure e) {
            throw new UserError("cannot merge " + target + " in the worktree of '" + name + "': " + e.result().reason(),
                    "commit or stash the agent's changes first");
        }
        String instruction = conflicts.isEmpty()
                ? "grove: I merged " + target + " into your branch; it went through cleanly. Please run the tests and fix anything that broke."
                : "grove: I ran 'git merge " + target + "' in your worktree and it stopped with conflicts in "
                        + String.join(", ", conflicts) + ". Please resolve the conflict markers in those files, run the "
                        + "tests, then 'git add' them and 'git commit' to finish the merge.";
        return new ConflictHandoff(name, target, conflicts, instruction);
    }

    private MergeOutcome rebase(AgentRecord a, String head, String target, String targetCommit, boolean inMain) {
        MergePrediction p = predictor.predict(targetCommit, head);
        if (!p.clean()) {
            return conflicts(a.name(), target, p.conflicts());
        }
        Path wt = existingWorktree(a);
        if (!ctx.landing.hasNoTrackedChanges(wt)) {
            return new MergeOutcome.Refused(a.name(), target, "the worktree of '" + a.name()
                    + "' has uncommitted changes; a rebase needs them committed", List.of());
        }
        List<String> conflicts = ctx.landing.rebase(wt, targetCommit);
        if (!conflicts.isEmpty()) {
            return conflicts(a.name(), target, conflicts);
        }
        String rebased = ctx.branchHead(a);
        return advance(a, new MergeOutcome.Landed(a.name(), target, rebased, rebased, MergeMode.REBASE), targetCommit,
                inMain);
    }

    private MergeOutcome advance(AgentRecord a, MergeOutcome.Landed landed, String targetCommit, boolean inMain) {
        GitResult r = inMain ? ctx.landing.fastForward(ctx.layout.mainWorktree(), landed.commit())
                : ctx.landing.updateRef("refs/heads/" + landed.target(), landed.commit(), targetCommit);
        if (!r.ok()) {
            return new MergeOutcome.Refused(a.name(), landed.target(), "could not move " + landed.target()
                    + " (nothing was changed): " + r.reason(), List.of());
        }
        return record(a, landed);
    }

    private MergeOutcome record(AgentRecord a, MergeOutcome.Landed landed) {
        ctx.registry.put(ctx.live(a.name()).merged(ctx.now(), landed.target(), landed.head()));
        return landed;
    }

    /**
     * Checks the main worktree may take a merge into {@code target} (changes to the checklists
     * grove ticks do not count); true when it has {@code target} checked out.
     */
    private boolean checkMainWorktree(String target) {
        Path main = ctx.layout.mainWorktree();
        if (ctx.repo.mainBranch().isEmpty()) {
            throw new UserError("the main worktree " + main + " is on a detached HEAD",
                    "check out a branch there (git switch " + target + ") and merge again");
        }
        Optional<WorktreeEntry> holder = ctx.worktrees.checkedOut(target);
        boolean inMain = holder.isPresent() && sameFile(holder.get().path(), main);
        if (holder.isPresent() && !inMain) {
            throw new UserError("branch '" + target + "' is checked out in the worktree " + holder.get().path(),
                    "merge into the main worktree's branch, or switch that worktree to another branch");
        }
        Set<String> ticked = new TickedChecklists(ctx.layout).paths();
        List<String> changed = ctx.landing.trackedChanges(main).stream().filter(p -> !ticked.contains(p)).toList();
        if (!changed.isEmpty()) {
            throw new UserError("the main worktree " + main + " has uncommitted changes (" + String.join(", ", changed)
                    + ")", "commit or stash them (git stash), then merge again");
        }
        return inMain;
    }

    private String commit(String tree, List<String> parents, String message) {
        try {
            return ctx.landing.commitTree(tree, parents, message);
        } catch (GitFailure e) {
            throw new UserError("git could not write the merge commit: " + e.result().reason(),
                    "set your identity (git config user.name NAME; git config user.email EMAIL) and merge again");
        }
    }

    private String message(AgentRecord a, MergeMode mode, String targetCommit, String head) {
        String task = a.task().isEmpty() ? "" : ": " + a.task();
        if (mode == MergeMode.MERGE) {
            return "Merge branch '" + a.branch() + "' (agent " + a.name() + task + ")\n";
        }
        StringBuilder m = new StringBuilder(a.name() + task + "\n\nSquashed from " + a.branch() + ":\n");
        List<CommitInfo> commits = ctx.repo.commitsBetween(targetCommit, head);
        for (int i = commits.size() - 1; i >= 0; i--) {
            m.append("- ").append(commits.get(i).subject()).append('\n');
        }
        return m.toString();
    }

    private Path existingWorktree(AgentRecord a) {
        Path wt = Path.of(a.worktree());
        if (!Files.exists(wt.resolve(".git"))) {
            throw new UserError("the worktree of '" + a.name() + "' is missing: " + wt + " (deleted by hand?)",
                    "restore it with 'grove restore " + a.name() + "' if it was archived, or clean up with 'grove rm "
                            + a.name() + "'");
        }
        return wt;
    }

    private static MergeOutcome.Refused conflicts(String name, String target, List<String> files) {
        return new MergeOutcome.Refused(name, target, "merging '" + name + "' into " + target + " would conflict in "
                + files.size() + " file(s): " + String.join(", ", files), files);
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.isSameFile(a, b);
        } catch (IOException e) {
            return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
        }
    }
}
