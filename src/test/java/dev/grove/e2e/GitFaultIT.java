// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.grove.config.RepoDirs;
import dev.grove.config.StateDirs;
import dev.grove.coord.worktree.AgentRecord;
import dev.grove.coord.worktree.AgentRegistry;
import dev.grove.testing.GitRepos;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGKILL of a real grove process, with its git and hook children, in the middle of git work:
 * while {@code grove new} creates a worktree (inside {@code git worktree add}) and while
 * {@code grove merge} lands a branch (after the main worktree moved, before grove recorded it).
 * Afterwards every worktree and agent branch git knows is in the agent registry, nothing
 * committed is lost, and the next commands work. A git hook in the test repository blocks until
 * the test has killed the process tree.
 */
@Timeout(value = 150, unit = TimeUnit.SECONDS)
class GitFaultIT {
    @TempDir
    Path tmp;
    private GroveEnv env;
    private Path repo;
    private Path reached;

    @BeforeEach
    void setUp() {
        env = new GroveEnv(tmp);
        env.env().putAll(GitRepos.gitEnvironment());
        repo = GitRepos.init(tmp.resolve("repo"));
        env.useSocket(StateDirs.forRepository(RepoDirs.find(repo).orElseThrow(), env.env()).socket());
        reached = tmp.resolve("hook-reached");
    }

    @AfterEach
    void tearDown() {
        env.close();
    }

    @Test
    void aGroveNewKilledInsideGitWorktreeAddLeavesAListedAgentThatCanBeRemoved() throws IOException {
        blockingHook("post-checkout");
        Process creating = start("new", "half", "--no-focus", "--", "true");
        killTreeOnceHookRuns(creating);

        assertGitMatchesRegistry();
        AgentRecord half = registry().find("half").orElseThrow(() -> new AssertionError("the half-created agent is listed"));
        assertEquals(AgentRecord.Phase.CREATING, half.phase());
        Files.delete(repo.resolve(".git/hooks/post-checkout"));

        GroveEnv.Run next = grove("new", "next", "--no-focus", "--", "true");
        assertEquals(0, next.exitCode(), next.out() + next.err());
        GroveEnv.Run again = grove("new", "half", "--no-focus", "--", "true");
        assertEquals(1, again.exitCode(), "the name stays taken until the half-created agent is removed");
        assertTrue(again.err().contains("grove rm half"), again.err());
        GroveEnv.Run rm = grove("rm", "half", "--force");
        assertEquals(0, rm.exitCode(), rm.out() + rm.err());
        assertFalse(Files.exists(repo.resolve(".trees/half")));
        assertEquals("", GitRepos.git(repo, "branch", "--list", "grove/half"));
        assertGitMatchesRegistry();
        assertTrue(GitRepos.git(repo, "log", "--format=%s", "main").contains("first"), "nothing committed is lost");
    }

    @Test
    void aGroveMergeKilledAfterTheMainWorktreeMovedLosesNothingAndMergingAgainRecordsIt() throws IOException {
        GroveEnv.Run created = grove("new", "feat", "--no-focus", "--", "true");
        assertEquals(0, created.exitCode(), created.out() + created.err());
        Path wt = repo.resolve(".trees/feat");
        GitRepos.write(wt.resolve("feature.txt"), "the agent's work\n");
        GitRepos.git(wt, "add", "feature.txt");
        GitRepos.git(wt, "commit", "-q", "-m", "agent work");
        String agentCommit = GitRepos.git(wt, "rev-parse", "HEAD").strip();
        GitRepos.write(repo.resolve("main.txt"), "main moved on\n");
        GitRepos.git(repo, "add", "main.txt");
        GitRepos.git(repo, "commit", "-q", "-m", "main work");
        String mainCommit = GitRepos.git(repo, "rev-parse", "HEAD").strip();
        blockingHook("post-merge");

        Process merging = start("merge", "feat");
        killTreeOnceHookRuns(merging);
        Files.delete(repo.resolve(".git/hooks/post-merge"));

        assertGitMatchesRegistry();
        GitRepos.git(repo, "merge-base", "--is-ancestor", agentCommit, "main");
        GitRepos.git(repo, "merge-base", "--is-ancestor", mainCommit, "main");
        assertEquals("", GitRepos.git(repo, "status", "--porcelain", "--untracked-files=no"),
                "the main worktree is not left mid-merge");
        assertEquals(AgentRecord.Phase.ACTIVE, registry().find("feat").orElseThrow().phase(),
                "killed before grove recorded the merge");

        GroveEnv.Run again = grove("merge", "feat");
        assertEquals(0, again.exitCode(), again.out() + again.err());
        assertEquals(AgentRecord.Phase.MERGED, registry().find("feat").orElseThrow().phase());
        GroveEnv.Run rm = grove("rm", "feat");
        assertEquals(0, rm.exitCode(), rm.out() + rm.err());
        assertGitMatchesRegistry();
        assertEquals("the agent's work\n", Files.readString(repo.resolve("feature.txt")), "nothing committed is lost");
    }

    /** A hook that says it runs, then waits (at most a minute) to be killed. */
    private void blockingHook(String name) throws IOException {
        Path hook = repo.resolve(".git/hooks").resolve(name);
        Files.createDirectories(hook.getParent());
        Files.writeString(hook, "#!/bin/sh\n: > '" + reached + "'\ni=0\nwhile [ $i -lt 1200 ]; do sleep 0.05; i=$((i+1)); done\n");
        Files.setPosixFilePermissions(hook, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    /** Waits until the hook runs, then SIGKILLs {@code grove} and everything it started, children first seen. */
    private void killTreeOnceHookRuns(Process grove) {
        Poll.until("the blocking git hook to run", 60, () -> Files.exists(reached) || !grove.isAlive(), env::serverLog);
        assertTrue(grove.isAlive(), "grove was still working when the hook ran");
        List<ProcessHandle> tree = new ArrayList<>(grove.descendants().toList());
        grove.destroyForcibly();
        tree.forEach(ProcessHandle::destroyForcibly);
        Poll.until("grove and its children to die", 20,
                () -> !grove.isAlive() && tree.stream().noneMatch(ProcessHandle::isAlive), () -> tree.toString());
    }

    /** Every worktree and agent branch git has is an agent in the registry, and the other way round. */
    private void assertGitMatchesRegistry() throws IOException {
        Path main = repo.toRealPath();
        List<AgentRecord> live = registry().list().stream().filter(AgentRecord::live).toList();
        Set<String> registered = new TreeSet<>();
        live.forEach(a -> registered.add(Path.of(a.worktree()).toAbsolutePath().normalize().toString()));
        Set<String> worktrees = new TreeSet<>();
        for (String line : GitRepos.git(repo, "worktree", "list", "--porcelain").split("\n")) {
            if (line.startsWith("worktree ") && !Path.of(line.substring(9)).equals(main)) {
                worktrees.add(line.substring(9));
            }
        }
        assertEquals(registered, worktrees, "worktrees git has vs agents grove lists");
        Set<String> branches = new TreeSet<>(List.of(GitRepos.git(repo, "for-each-ref", "--format=%(refname:short)",
                "refs/heads/grove/").split("\n")));
        branches.remove("");
        Set<String> agentBranches = new TreeSet<>();
        live.forEach(a -> agentBranches.add(a.branch()));
        assertEquals(agentBranches, branches, "agent branches git has vs agents grove lists");
    }

    private AgentRegistry registry() {
        return new AgentRegistry(repo.resolve(".git/grove"));
    }

    private GroveEnv.Run grove(String... args) {
        return env.runIn(repo, List.of(args));
    }

    private Process start(String... args) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(env.groveCommand(List.of(args))).directory(repo.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectOutput(ProcessBuilder.Redirect.appendTo(tmp.resolve("killed-grove.log").toFile()))
                .redirectErrorStream(true);
        pb.environment().clear();
        pb.environment().putAll(env.env());
        return pb.start();
    }
}
