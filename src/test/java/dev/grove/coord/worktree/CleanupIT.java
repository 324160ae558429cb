// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.coord.worktree;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.grove.common.UserError;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Removing agents never loses work: refusal, archive on force, exact restore, gc that spares dirty work. */
class CleanupIT {
    @TempDir
    Path tmp;

    @Test
    void rmRefusesWhenWorkWouldBeLostAndRemovesCleanMergedWork() throws Exception {
        TestRepo repo = TestRepo.create(tmp);
        repo.write(".gitignore", ".env\n");
        repo.config("{\"copy\": [\".env\"], \"ports\": {\"PORT\": 5000}}");
        repo.write(".env", "X=1\n");
        try (AgentWorktrees w = repo.open()) {
            Path wt = w.create(TestRepo.agent("a"), e -> { }).launch().worktree();
            repo.write(wt, "work.txt", "w\n");
            TestRepo.commitAll(wt, "work");
            repo.write(wt, "draft.txt", "d\n");
            RemovalCheck check = w.inspectRemoval("a");
            assertEquals(1, check.uncommitted().size(), "grove's own .env copy is not counted: " + check);
            assertEquals(1, check.unmergedCommits().size());
            UserError e = assertThrows(UserError.class, () -> w.remove("a", RemoveMode.SAFE));
            assertTrue(e.getMessage().contains("1 uncommitted file and 1 commit not on main"), e.getMessage());
            assertTrue(e.hint().contains("--force"));
            assertTrue(Files.exists(wt.resolve("draft.txt")));

            Files.delete(wt.resolve("draft.txt"));
            MergeOutcome m = w.merge("a", MergeMode.MERGE, null);
            assertTrue(m instanceof MergeOutcome.Landed, m.toString());
            Removed r = w.remove("a", RemoveMode.SAFE);
            assertEquals(null, r.archiveRef());
            assertTrue(r.freedBytes() > 0);
            assertFalse(Files.exists(wt));
            assertEquals("", repo.git("branch", "--list", "grove/a"));
            assertEquals(List.of(), w.agents());
        }
    }

    @Test
    void forcedRemovalArchivesAndRestoreBringsBackEveryByte() throws Exception {
        TestRepo repo = TestRepo.create(tmp);
        repo.write("tracked.txt", "t\n").write("gone.txt", "g\n").write("staged.txt", "s\n").commitAll("files");
        byte[] binary = new byte[4096];
        for (int i = 0; i < binary.length; i++) {
            binary[i] = (byte) (i * 31);
        }
        try (AgentWorktrees w = repo.open()) {
            Path wt = w.create(TestRepo.agent("a"), e -> { }).launch().worktree();
            repo.write(wt, "committed.txt", "c\n");
            TestRepo.commitAll(wt, "committed work");
            String head = TestRepo.git(wt, "rev-parse", "HEAD").strip();
            repo.write(wt, "tracked.txt", "modified, not staged\n");
            repo.write(wt, "staged.txt", "staged change\n");
            TestRepo.git(wt, "add", "staged.txt");
            Files.delete(wt.resolve("gone.txt"));
            repo.write(wt, "new/untracked.txt", "untracked\r\nwith crlf\n");
            repo.writeBytes(wt, "new/blob.bin", binary);
            repo.write(wt, "run.sh", "#!/bin/sh\necho hi\n");
            Files.setPosixFilePermissions(wt.resolve("run.sh"), PosixFilePermissions.fromString("rwxr-xr-x"));
            String statusBefore = TestRepo.git(wt, "status", "--porcelain=v1", "--untracked-files=all");

            Removed r = w.remove("a", RemoveMode.FORCE);
            assertNotNull(r.archiveRef());
            assertTrue(r.archiveRef().startsWith("refs/grove/archive/a/"), r.archiveRef());
            assertFalse(Files.exists(wt));
            assertEquals("", repo.git("branch", "--list", "grove/a"));
            assertEquals(AgentRecord.Phase.ARCHIVED, w.agents().get(0).phase());
            assertEquals("", repo.git("status", "--porcelain"), "archiving touched the main worktree");

            Created back = w.restore("a", null, null, e -> { });
            assertEquals(wt, back.launch().worktree());
            assertEquals(head, TestRepo.git(wt, "rev-parse", "HEAD").strip());
            assertEquals("grove/a", TestRepo.git(wt, "rev-parse", "--abbrev-ref", "HEAD").strip());
            assertEquals("modified, not staged\n", repo.read(wt, "tracked.txt"));
            assertEquals("untracked\r\nwith crlf\n", repo.read(wt, "new/untracked.txt"));
            assertArrayEquals(binary, Files.readAllBytes(wt.resolve("new/blob.bin")));
            assertFalse(Files.exists(wt.resolve("gone.txt")));
            assertTrue(Files.isExecutable(wt.resolve("run.sh")));
            assertEquals(statusBefore, TestRepo.git(wt, "status", "--porcelain=v1", "--untracked-files=all"),
                    "staged, unstaged and untracked states come back apart");
            assertEquals(AgentRecord.Phase.ACTIVE, w.agents().get(0).phase());
        }
    }

    @Test
    void restoreWithoutArchiveOrOverLiveAgentIsRefused() {
        TestRepo repo = TestRepo.create(tmp);
        try (AgentWorktrees w = repo.open()) {
            UserError none = assertThrows(UserError.class, () -> w.restore("nope", null, null, e -> { }));
            assertTrue(none.getMessage().contains("no archive of agent 'nope'"));
            Path wt = w.create(TestRepo.agent("a"), e -> { }).launch().worktree();
            repo.write(wt, "x.txt", "x\n");
            w.remove("a", RemoveMode.FORCE);
            w.create(TestRepo.agent("a"), e -> { });
            UserError inUse = assertThrows(UserError.class, () -> w.restore("a", null, null, e -> { }));
            assertTrue(inUse.getMessage().contains("in use"), inUse.getMessage());
        }
    }

    @Test
    void gcRemovesOnlyCleanMergedIdleWorktreesAndPrunesStaleRecords() {
        TestRepo repo = TestRepo.create(tmp);
        Clock later = Clock.fixed(Instant.now().plus(Duration.ofHours(7)), ZoneOffset.UTC);
        try (AgentWorktrees w = repo.open()) {
            Path done = w.create(TestRepo.agent("done"), e -> { }).launch().worktree();
            repo.write(done, "d.txt", "d\n");
            TestRepo.commitAll(done, "done");
            w.merge("done", MergeMode.MERGE, null);
            Path dirty = w.create(TestRepo.agent("dirty"), e -> { }).launch().worktree();
            repo.write(dirty, "dirty.txt", "d\n");
            TestRepo.commitAll(dirty, "dirty");
            w.merge("dirty", MergeMode.MERGE, null);
            repo.write(dirty, "wip.txt", "not committed\n");
            Path open = w.create(TestRepo.agent("open"), e -> { }).launch().worktree();
            repo.write(open, "o.txt", "o\n");
            TestRepo.commitAll(open, "unmerged");
            Path lost = w.create(TestRepo.agent("lost"), e -> { }).launch().worktree();
            TestRepo.git(repo.dir, "worktree", "remove", "--force", lost.toString());
            repo.git("branch", "-D", "grove/lost");

            GcReport now = w.gc(GcMode.DRY_RUN, null);
            assertEquals(List.of(), now.removed(), "nothing idle for 6 h yet");
            assertEquals(List.of("lost"), now.pruned());
        }
        AgentWorktrees.Options o = repo.options();
        try (AgentWorktrees w = AgentWorktrees.open(repo.dir,
                new AgentWorktrees.Options(o.git(), o.approvals(), later, o.leases()))) {
            GcReport dry = w.gc(GcMode.DRY_RUN, null);
            assertEquals(List.of("done"), dry.removed());
            assertTrue(Files.exists(repo.dir.resolve(".trees/done")), "dry run removes nothing");
            GcReport gc = w.gc(GcMode.APPLY, null);
            assertEquals(List.of("done"), gc.removed());
            assertEquals(List.of("lost"), gc.pruned());
            assertTrue(gc.freedBytes() > 0);
            assertEquals(List.of(new GcReport.Kept("dirty", "uncommitted changes"), new GcReport.Kept("open", "not merged")),
                    gc.kept());
            assertFalse(Files.exists(repo.dir.resolve(".trees/done")));
            assertEquals("not committed\n", repo.read(repo.dir.resolve(".trees/dirty"), "wip.txt"));
            assertEquals(List.of("dirty", "open"), w.agents().stream().map(AgentRecord::name).toList());
        }
    }
}
