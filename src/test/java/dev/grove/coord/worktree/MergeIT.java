// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.coord.worktree;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.grove.common.UserError;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Merging agents: predicted first, refused on conflicts, never leaving the main worktree mid-merge. */
class MergeIT {
    @TempDir
    Path tmp;
    TestRepo repo;

    @BeforeEach
    void setUp() {
        repo = TestRepo.create(tmp);
        repo.write("shared.txt", "a\nb\nc\n").commitAll("shared file");
    }

    private Path agentWith(AgentWorktrees w, String name, String file, String text) {
        Path wt = w.create(TestRepo.agent(name), e -> { }).launch().worktree();
        repo.write(wt, file, text);
        TestRepo.commitAll(wt, name + " work");
        return wt;
    }

    private void assertMainNotMidMerge() {
        assertFalse(Files.exists(repo.dir.resolve(".git/MERGE_HEAD")), "main worktree left mid-merge");
        assertEquals("", repo.git("status", "--porcelain", "--untracked-files=no"));
    }

    @Test
    void cleanMergeLandsAndUpdatesMainWorktree() {
        try (AgentWorktrees w = repo.open()) {
            agentWith(w, "a", "a.txt", "from a\n");
            repo.write("main.txt", "main moved\n").commitAll("main moves on");
            MergeOutcome o = w.merge("a", MergeMode.MERGE, null);
            MergeOutcome.Landed landed = assertInstanceOf(MergeOutcome.Landed.class, o);
            assertEquals(landed.commit(), repo.git("rev-parse", "main").strip());
            assertEquals("from a\n", repo.read(repo.dir, "a.txt"), "main worktree must show the merged file");
            assertEquals(2, repo.git("log", "-1", "--format=%P", "main").strip().split(" ").length, "a merge commit");
            assertMainNotMidMerge();
            AgentRecord r = w.agents().get(0);
            assertEquals(AgentRecord.Phase.MERGED, r.phase());
            assertEquals("main", r.mergedInto());
            assertThrows(UserError.class, () -> w.merge("a", MergeMode.MERGE, null), "already merged");
        }
    }

    @Test
    void squashAndRebaseModes() {
        try (AgentWorktrees w = repo.open()) {
            Path sq = agentWith(w, "sq", "sq.txt", "1\n");
            repo.write(sq, "sq.txt", "2\n");
            TestRepo.commitAll(sq, "second");
            agentWith(w, "rb", "rb.txt", "r\n");
            MergeOutcome.Landed s = assertInstanceOf(MergeOutcome.Landed.class, w.merge("sq", MergeMode.SQUASH, null));
            assertEquals(1, repo.git("log", "-1", "--format=%P", "main").strip().split(" ").length);
            assertTrue(repo.git("log", "-1", "--format=%B", "main").contains("- second"));
            assertEquals(s.commit(), repo.git("rev-parse", "main").strip());
            MergeOutcome.Landed r = assertInstanceOf(MergeOutcome.Landed.class, w.merge("rb", MergeMode.REBASE, null));
            assertEquals(repo.git("rev-parse", "grove/rb").strip(), repo.git("rev-parse", "main").strip());
            assertEquals(s.commit(), repo.git("rev-parse", "main~1").strip(), "rebased onto the squash");
            assertEquals(r.commit(), repo.git("rev-parse", "main").strip());
            assertMainNotMidMerge();
        }
    }

    @Test
    void predictedConflictIsRefusedWithFilesAndNothingChanges() {
        try (AgentWorktrees w = repo.open()) {
            agentWith(w, "a", "shared.txt", "a\nA\nc\n");
            repo.write("shared.txt", "a\nMAIN\nc\n").commitAll("main edit");
            String before = repo.git("rev-parse", "main").strip();
            MergeOutcome.Refused r = assertInstanceOf(MergeOutcome.Refused.class, w.merge("a", MergeMode.MERGE, null));
            assertEquals(List.of("shared.txt"), r.conflicts());
            assertTrue(r.reason().contains("would conflict in 1 file(s): shared.txt"), r.reason());
            assertEquals(before, repo.git("rev-parse", "main").strip());
            assertMainNotMidMerge();
            assertEquals(AgentRecord.Phase.ACTIVE, w.agents().get(0).phase());
            MergeOutcome.Refused rb = assertInstanceOf(MergeOutcome.Refused.class, w.merge("a", MergeMode.REBASE, null));
            assertEquals(List.of("shared.txt"), rb.conflicts());
        }
    }

    @Test
    void conflictCanBeHandedToTheAgent() {
        try (AgentWorktrees w = repo.open()) {
            Path wt = agentWith(w, "a", "shared.txt", "a\nA\nc\n");
            repo.write("shared.txt", "a\nMAIN\nc\n").commitAll("main edit");
            ConflictHandoff h = w.handConflictToAgent("a", null);
            assertEquals(List.of("shared.txt"), h.conflicts());
            assertTrue(h.instruction().contains("git merge main") && h.instruction().contains("shared.txt"));
            assertTrue(repo.read(wt, "shared.txt").contains("<<<<<<<"), "conflict markers in the agent worktree");
            assertMainNotMidMerge();
        }
    }

    @Test
    void dirtyOrDetachedMainWorktreeIsRefused() {
        try (AgentWorktrees w = repo.open()) {
            agentWith(w, "a", "a.txt", "a\n");
            repo.write("shared.txt", "uncommitted\n");
            UserError dirty = assertThrows(UserError.class, () -> w.merge("a", MergeMode.MERGE, null));
            assertTrue(dirty.getMessage().contains("has uncommitted changes"), dirty.getMessage());
            repo.git("checkout", "-q", "--", "shared.txt");
            repo.git("checkout", "-q", "--detach");
            UserError detached = assertThrows(UserError.class, () -> w.merge("a", MergeMode.MERGE, null));
            assertTrue(detached.getMessage().contains("detached HEAD"), detached.getMessage());
        }
    }

    @Test
    void mergeIntoBranchNotCheckedOutMovesOnlyTheRef() {
        repo.git("branch", "release");
        try (AgentWorktrees w = repo.open()) {
            agentWith(w, "a", "a.txt", "a\n");
            String mainBefore = repo.git("rev-parse", "main").strip();
            MergeOutcome.Landed l = assertInstanceOf(MergeOutcome.Landed.class, w.merge("a", MergeMode.MERGE, "release"));
            assertEquals(l.commit(), repo.git("rev-parse", "release").strip());
            assertEquals(mainBefore, repo.git("rev-parse", "main").strip());
            assertFalse(Files.exists(repo.dir.resolve("a.txt")));
        }
    }

    @Test
    void mergeQueueLandsInOrderAndStopsAtFirstConflict() {
        try (AgentWorktrees w = repo.open()) {
            agentWith(w, "one", "one.txt", "1\n");
            agentWith(w, "two", "shared.txt", "a\nTWO\nc\n");
            agentWith(w, "three", "shared.txt", "a\nTHREE\nc\n");
            agentWith(w, "four", "four.txt", "4\n");
            QueueReport q = w.mergeQueue(List.of("one", "two", "three", "four"), MergeMode.MERGE, null);
            assertEquals(List.of("one", "two"), q.landed().stream().map(MergeOutcome.Landed::name).toList());
            assertEquals("three", q.stoppedAt().name());
            assertEquals(List.of("shared.txt"), q.stoppedAt().conflicts(), "re-predicted against the moved base");
            assertEquals(List.of("four"), q.notAttempted());
            assertFalse(q.complete());
            assertEquals("a\nTWO\nc\n", repo.read(repo.dir, "shared.txt"));
            assertMainNotMidMerge();
        }
    }
}
