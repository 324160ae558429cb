// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.coord.worktree;

import dev.grove.common.UserError;
import dev.grove.git.GitRepo;
import dev.grove.git.GitResult;
import dev.grove.git.Worktrees.Removal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * {@code grove new}: checks the request, reserves name, slot and ports in the registry, adds
 * the worktree on its branch, copies and links files, writes the {@code .env} block, runs the
 * approved setup, and returns what opens the pane. Any failure takes back everything created.
 */
final class WorktreeCreator {
    private final RepoContext ctx;
    private final WorktreePreparer preparer;

    WorktreeCreator(RepoContext ctx) {
        this.ctx = ctx;
        this.preparer = new WorktreePreparer(ctx);
    }

    Created create(NewAgent req, Consumer<SetupEvent> progress) {
        AgentNames.check(req.name());
        preparer.requireNameFree(req.name());
        String baseRef = req.base() != null ? req.base() : ctx.repo.mainBranch().orElseThrow(() -> new UserError(
                "the main worktree is on a detached HEAD, so there is no current branch to use as the base",
                "pass --base BRANCH, or check out a branch in " + ctx.layout.mainWorktree()));
        String baseCommit = ctx.repo.resolve(baseRef).orElseThrow(() -> new UserError(
                "unknown base '" + baseRef + "': no branch, tag or commit has that name",
                "pass an existing ref with --base (git branch -a lists branches)"));
        String branch = req.branch() != null ? req.branch() : ctx.config.worktrees().branchPrefix() + req.name();
        if (!GitRepo.isValidBranchName(branch)) {
            throw new UserError("invalid branch name '" + branch + "'", "choose a name git accepts "
                    + "(git check-ref-format --branch NAME)");
        }
        boolean reuse = ctx.repo.isLocalBranch(branch);
        if (reuse && req.branch() == null) {
            throw new UserError("branch '" + branch + "' already exists",
                    "reuse it with --branch " + branch + ", or pick another agent name");
        }
        if (reuse) {
            ctx.worktrees.checkedOut(branch).ifPresent(w -> {
                throw new UserError("branch '" + branch + "' is already checked out in " + w.path(),
                        "choose another branch, or remove that worktree first");
            });
        }
        List<String> command = AgentCommands.resolve(ctx.layout.mainWorktree(), req);
        preparer.requireApproval();
        Path path = ctx.worktreeRoot().resolve(req.name());
        AgentRecord draft = new AgentRecord(req.name(), req.task(), branch, !reuse, baseRef, baseCommit,
                path.toString(), 0, Map.of(), Map.of(), req.scope(), req.profile(), command,
                AgentRecord.Phase.CREATING, ctx.now(), null, null, null, null, null);
        Reservation reservation = preparer.reserve(draft);
        Undo undo = new Undo();
        undo.push(() -> ctx.registry.remove(req.name()));
        try {
            addWorktree(reservation.record(), reuse, undo);
            progress.accept(new SetupEvent.Step("worktree " + path + " on branch " + branch + " from " + baseRef));
            AgentRecord ready = preparer.prepare(reservation.record(), progress);
            return new Created(ready, preparer.launch(ready, req), reservation.warnings());
        } catch (RuntimeException e) {
            throw undo.rollBack(e);
        }
    }

    private void addWorktree(AgentRecord a, boolean reuse, Undo undo) {
        Path path = Path.of(a.worktree());
        GitResult r = reuse ? ctx.worktrees.addExistingBranch(path, a.branch())
                : ctx.worktrees.addWithNewBranch(path, a.branch(), a.baseCommit());
        if (!r.ok()) {
            throw new UserError("cannot create the worktree " + path + ": " + r.reason(),
                    "fix the problem git names, then run grove new again");
        }
        if (!reuse) {
            undo.push(() -> ctx.worktrees.deleteBranch(a.branch()));
        }
        undo.push(() -> {
            ctx.worktrees.remove(path, Removal.DISCARD_CHANGES);
            if (Files.exists(path)) {
                throw new IllegalStateException("could not remove " + path + " after a failed grove new");
            }
        });
    }

    /** A record reserved in the registry, and warnings about limits. */
    record Reservation(AgentRecord record, List<String> warnings) {
        Reservation {
            warnings = List.copyOf(warnings);
        }
    }
}
