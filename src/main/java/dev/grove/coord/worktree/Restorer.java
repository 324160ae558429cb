// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.coord.worktree;

import dev.grove.common.UserError;
import dev.grove.config.Json;
import dev.grove.git.GitResult;
import dev.grove.git.Worktrees.Removal;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * {@code grove restore}: brings an archived agent back from {@code refs/grove/archive/NAME/TIME}:
 * its branch at the archived HEAD, its worktree with every file as it was (untracked ones
 * included) and its index, a fresh lease, copies and setup. Fails cleanly, like creation.
 */
final class Restorer {
    private final RepoContext ctx;
    private final WorktreePreparer preparer;

    Restorer(RepoContext ctx) {
        this.ctx = ctx;
        this.preparer = new WorktreePreparer(ctx);
    }

    Created restore(String name, String archive, String socket, Consumer<SetupEvent> progress) {
        AgentNames.check(name);
        String ref = archiveRef(name, archive);
        String commit = ctx.repo.ref(ref).orElseThrow();
        String message = ctx.snapshots.message(commit);
        AgentRecord saved = Json.parse(message.substring(message.indexOf("\n\n") + 2), ref, AgentRecord.class);
        String head = ctx.snapshots.head(commit);
        Optional<String> branchNow = ctx.repo.branchHead(saved.branch());
        if (branchNow.isPresent() && !branchNow.get().equals(head)) {
            throw new UserError("branch '" + saved.branch() + "' moved since the archive " + ref,
                    "rename or delete that branch (git branch -m " + saved.branch() + " NEW), then restore again");
        }
        preparer.requireApproval();
        AgentRecord draft = new AgentRecord(name, saved.task(), saved.branch(), saved.branchCreated(), saved.baseRef(),
                saved.baseCommit(), saved.worktree(), 0, null, null, saved.scope(), saved.profile(), saved.command(),
                AgentRecord.Phase.CREATING, ctx.now(), null, null, null, null, null);
        Optional<AgentRecord> before = ctx.registry.find(name);
        WorktreeCreator.Reservation reservation = preparer.reserve(draft);
        Undo undo = new Undo();
        undo.push(() -> before.ifPresentOrElse(ctx.registry::put, () -> ctx.registry.remove(name)));
        try {
            if (branchNow.isEmpty()) {
                ctx.landing.setRef("refs/heads/" + saved.branch(), head);
                undo.push(() -> ctx.worktrees.deleteBranch(saved.branch()));
            }
            Path wt = Path.of(saved.worktree());
            GitResult r = ctx.worktrees.addExistingBranch(wt, saved.branch());
            if (!r.ok()) {
                throw new UserError("cannot recreate the worktree " + wt + ": " + r.reason(), "fix what git names and retry");
            }
            undo.push(() -> ctx.worktrees.remove(wt, Removal.DISCARD_CHANGES));
            ctx.snapshots.restore(wt, commit);
            progress.accept(new SetupEvent.Step("restored " + wt + " from " + ref));
            AgentRecord ready = preparer.prepare(reservation.record(), progress);
            NewAgent launchInfo = new NewAgent(name, saved.task(), null, null, List.of(), saved.profile(),
                    saved.command(), null, socket);
            return new Created(ready, preparer.launch(ready, launchInfo), reservation.warnings());
        } catch (RuntimeException e) {
            throw undo.rollBack(e);
        }
    }

    /** The archive ref to restore: the given one (full ref or time stamp) or the newest. */
    private String archiveRef(String name, String archive) {
        List<String> refs = ctx.repo.refNames(Cleanup.ARCHIVE_PREFIX + name + "/");
        if (refs.isEmpty()) {
            throw new UserError("no archive of agent '" + name + "'",
                    "archives are made by 'grove rm " + name + " --force'; "
                            + "'git for-each-ref " + Cleanup.ARCHIVE_PREFIX + "' lists them");
        }
        if (archive == null) {
            return refs.get(refs.size() - 1);
        }
        return refs.stream().filter(r -> r.equals(archive) || r.endsWith("/" + archive)).findFirst()
                .orElseThrow(() -> new UserError("no archive '" + archive + "' of agent '" + name + "'",
                        "choose one of " + refs));
    }
}
