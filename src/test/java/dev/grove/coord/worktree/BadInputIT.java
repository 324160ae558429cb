// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.coord.worktree;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.grove.common.UserError;
import dev.grove.git.GitCli;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

/** Every bad input ends in one clear UserError (message and hint) and leaves nothing half-created. */
class BadInputIT {
    @TempDir
    Path tmp;

    private static UserError fails(String expected, Executable call) {
        UserError e = assertThrows(UserError.class, call);
        assertTrue(e.getMessage().contains(expected), () -> "'" + e.getMessage() + "' should contain '" + expected + "'");
        assertFalse(e.getMessage().contains("\n"), "one line");
        assertNotNull(e.hint(), "a hint saying what to do");
        return e;
    }

    private void assertNothingCreated(TestRepo repo, AgentWorktrees w) {
        assertEquals(1, repo.git("worktree", "list", "--porcelain").split("\n\n").length, "no worktree left");
        assertEquals("main", repo.git("branch", "--format=%(refname:short)").strip(), "no branch left");
        assertTrue(w.agents().isEmpty(), "no registry entry left");
    }

    @Test
    void notARepositoryBareOrWithoutCommits() throws Exception {
        TestRepo repo = TestRepo.create(tmp);
        Path plain = Files.createDirectories(tmp.resolve("plain"));
        fails("not a git repository", () -> AgentWorktrees.open(plain, repo.options()));
        Path bare = tmp.resolve("bare.git");
        TestRepo.git(tmp, "init", "-q", "--bare", bare.toString());
        fails("bare repository", () -> AgentWorktrees.open(bare, repo.options()));
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        TestRepo.git(empty, "init", "-q");
        fails("has no commits yet", () -> AgentWorktrees.open(empty, repo.options()));
    }

    @Test
    void gitMissingOrTooOld() throws Exception {
        TestRepo repo = TestRepo.create(tmp);
        AgentWorktrees.Options o = repo.options();
        fails("cannot run git", () -> AgentWorktrees.open(repo.dir, new AgentWorktrees.Options(
                new GitCli(tmp.resolve("no-such-git").toString(), TestRepo.ENV), o.approvals(), o.clock(), o.leases())));
        Path old = FakeGit.reportingVersion(tmp, "2.9.0");
        fails("git 2.9.0 is too old", () -> AgentWorktrees.open(repo.dir, new AgentWorktrees.Options(
                new GitCli(old.toString(), TestRepo.ENV), o.approvals(), o.clock(), o.leases())));
    }

    @Test
    void badNamesBasesAndNamesInUse() throws Exception {
        TestRepo repo = TestRepo.create(tmp);
        try (AgentWorktrees w = repo.open()) {
            for (String bad : List.of("", "-x", "a b", "../up", "a/b", "x.lock", "dot.", "ü")) {
                fails("invalid agent name", () -> w.create(TestRepo.agent(bad), e -> { }));
            }
            fails("invalid branch name", () -> w.create(new NewAgent("ok", "", null, "bad..branch", List.of(), null,
                    List.of("true"), null, null), e -> { }));
            fails("unknown base 'nope'", () -> w.create(new NewAgent("ok", "", "nope", null, List.of(), null,
                    List.of("true"), null, null), e -> { }));
            fails("unknown agent profile 'zzz'", () -> w.create(new NewAgent("ok", "", null, null, List.of(), "zzz",
                    List.of(), null, null), e -> { }));
            assertNothingCreated(repo, w);

            w.create(TestRepo.agent("taken"), e -> { });
            fails("'taken' is in use", () -> w.create(TestRepo.agent("taken"), e -> { }));
            repo.git("branch", "grove/exists");
            fails("branch 'grove/exists' already exists", () -> w.create(TestRepo.agent("exists"), e -> { }));
            Files.createDirectories(repo.dir.resolve(".trees/occupied"));
            fails("already exists", () -> w.create(TestRepo.agent("occupied"), e -> { }));
            assertEquals(1, w.agents().size());
        }
    }

    @Test
    void detachedMainWorktreeNeedsAnExplicitBase() {
        TestRepo repo = TestRepo.create(tmp);
        repo.git("checkout", "-q", "--detach");
        try (AgentWorktrees w = repo.open()) {
            fails("detached HEAD", () -> w.create(TestRepo.agent("a"), e -> { }));
            w.create(new NewAgent("a", "", "main", null, List.of(), null, List.of("true"), null, null), e -> { });
            assertEquals("main", w.agents().get(0).baseRef());
        }
    }

    @Test
    void worktreeDeletedByHand() throws Exception {
        TestRepo repo = TestRepo.create(tmp);
        try (AgentWorktrees w = repo.open()) {
            Path wt = w.create(TestRepo.agent("a"), e -> { }).launch().worktree();
            repo.write(wt, "a.txt", "a\n");
            TestRepo.commitAll(wt, "work");
            TestRepo.git(repo.dir, "worktree", "remove", "--force", wt.toString());
            assertEquals(WorktreeStatus.Health.WORKTREE_MISSING, w.statuses().get(0).health());
            assertTrue(w.radar().findings("a").get(0).contains("is missing"));
            fails("worktree of 'a' is missing", () -> w.handConflictToAgent("a", null));
            fails("worktree of 'a' is missing", () -> w.merge("a", MergeMode.REBASE, null));
            fails("would lose 1 commit not on main", () -> w.remove("a", RemoveMode.SAFE));
            Removed r = w.remove("a", RemoveMode.FORCE);
            assertNotNull(r.archiveRef(), "the branch's commits are archived");
            assertTrue(w.restore("a", null, null, e -> { }).launch().worktree().resolve("a.txt").toFile().exists());
        }
    }

    @Test
    void branchDeletedByHand() {
        TestRepo repo = TestRepo.create(tmp);
        try (AgentWorktrees w = repo.open()) {
            Path wt = w.create(TestRepo.agent("a"), e -> { }).launch().worktree();
            TestRepo.git(repo.dir, "update-ref", "-d", "refs/heads/grove/a");
            assertEquals(WorktreeStatus.Health.BRANCH_MISSING, w.statuses().get(0).health());
            fails("branch 'grove/a' of agent 'a' no longer exists", () -> w.merge("a", MergeMode.MERGE, null));
            fails("branch 'grove/a' of agent 'a' no longer exists", () -> w.review("a"));
            repo.write(wt, "keep.txt", "k\n");
            w.remove("a", RemoveMode.FORCE);
            assertFalse(Files.exists(wt));
        }
    }

    @Test
    void unknownAgent() {
        TestRepo repo = TestRepo.create(tmp);
        try (AgentWorktrees w = repo.open()) {
            fails("no agent named 'ghost'", () -> w.merge("ghost", MergeMode.MERGE, null));
            fails("no agent named 'ghost'", () -> w.remove("ghost", RemoveMode.SAFE));
            fails("no agent named 'ghost'", () -> w.review("ghost"));
        }
    }

    @Test
    void invalidRepositoryConfigNamesFileAndKey() {
        TestRepo repo = TestRepo.create(tmp);
        repo.config("{\"setupp\": []}");
        UserError e = fails("unknown key 'setupp'", repo::open);
        assertTrue(e.getMessage().contains(".grove/config.json"));
        repo.config("{\"copy\": [\"../../etc/passwd\"]}");
        fails("must be relative and stay inside the repository", repo::open);
        repo.config("{\"env\": {\"DB\": \"db_{nme}\"}}");
        fails("unknown placeholder {nme}", repo::open);
    }
}
