// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.grove.coord.worktree.AgentRecord;
import dev.grove.coord.worktree.AgentWorktrees;
import dev.grove.coord.worktree.TestRepo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.extension.ExtendWith;

/** The worktree commands end to end through picocli, with agents started as real child processes. */
@ExtendWith(AwaitBackgroundAgents.class)
class WorktreeCommandsIT {
    @TempDir
    Path tmp;
    TestRepo repo;


    @BeforeEach
    void setUp() {
        repo = TestRepo.create(tmp);
    }

    private InProcessGrove.Run grove(Path cwd, boolean interactive, String input, String... args) {
        return InProcessGrove.run(repo, cwd, interactive, input, args);
    }

    private InProcessGrove.Run grove(String... args) {
        return grove(repo.dir, false, "", args);
    }

    @Test
    void newRunsSetupThenStartsTheAgentInItsWorktreeWithItsEnvironment() throws Exception {
        repo.config("{\"setup\": [\"echo preparing\"], \"ports\": {\"PORT\": 43000}}");
        InProcessGrove.Run refused = grove("new", "a", "--", "true");
        assertEquals(1, refused.code());
        assertTrue(refused.err().startsWith("error: the setup commands and agent profiles in "
                + repo.dir.resolve(".grove/config.json") + " are not approved"), refused.err());
        assertTrue(refused.err().contains("hint: read them, then run again with --approve"));
        assertFalse(Files.exists(repo.dir.resolve(".trees/a")));

        InProcessGrove.Run run = grove("new", "a", "--task", "say hi", "--approve", "--", "sh", "-c",
                "pwd > started.txt; env | grep -E '^(GROVE_|PORT=)' | sort > env.txt");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.err().contains("grove: setup [1/1] echo preparing") && run.err().contains("  │ preparing"),
                run.err());
        assertTrue(run.out().contains("created agent a in " + repo.dir.resolve(".trees/a")), run.out());
        Path wt = repo.dir.resolve(".trees/a");
        assertEquals(wt.toString(), repo.read(wt, "started.txt").strip());
        String env = repo.read(wt, "env.txt");
        for (String line : List.of("GROVE_AGENT=a", "GROVE_TASK=say hi", "GROVE_BRANCH=grove/a", "GROVE_BASE=main",
                "GROVE_WORKTREE=" + wt, "GROVE_SOCKET=/run/grove.sock", "PORT=43001",
                "GROVE_STATUS_FILE=" + repo.dir.resolve("coordination/status.md"))) {
            assertTrue(env.contains(line + "\n"), line + " missing from\n" + env);
        }
    }

    @Test
    void interactiveApprovalAsksOnce() {
        repo.config("{\"setup\": [\"true\"]}");
        InProcessGrove.Run no = grove(repo.dir, true, "n\n", "new", "a", "--", "true");
        assertEquals(1, no.code());
        assertTrue(no.err().contains("  $ true") && no.err().contains("[y/N]"), no.err());
        assertEquals(0, grove(repo.dir, true, "y\n", "new", "a", "--", "true").code());
        assertEquals(0, grove(repo.dir, false, "", "new", "b", "--", "true").code(), "approved once per list");
    }

    @Test
    void reviewRadarMergeRemoveRestoreAndGc() throws Exception {
        repo.write("shared.txt", "a\nb\nc\n").commitAll("shared");
        assertEquals(0, grove("new", "x", "--no-focus", "--", "true").code());
        assertEquals(0, grove("new", "y", "--no-focus", "--", "true").code());
        Path x = repo.dir.resolve(".trees/x");
        Path y = repo.dir.resolve(".trees/y");
        repo.write(x, "shared.txt", "a\nX\nc\n");
        TestRepo.commitAll(x, "x edits");
        repo.write(y, "shared.txt", "a\nY\nc\n");
        TestRepo.commitAll(y, "y edits");

        InProcessGrove.Run diff = grove("diff", "x", "--color=always");
        assertEquals(0, diff.code(), diff.err());
        assertTrue(diff.out().contains("\033[33m✗ conflicts with y: shared.txt"), diff.out());
        assertTrue(diff.out().contains("\033[32m+X\033[0m") && diff.out().contains("\033[31m-b\033[0m"), diff.out());
        assertTrue(diff.out().contains(" x edits (Test)"), diff.out());

        InProcessGrove.Run radar = grove("radar", "--json");
        assertTrue(radar.out().contains("\"overlaps\"") && radar.out().contains("\"conflicting\" : true"), radar.out());
        assertTrue(grove("radar").out().contains("x: ✗ conflicts with y: shared.txt"));

        InProcessGrove.Run merge = grove("merge", "x", "y");
        assertEquals(1, merge.code());
        assertTrue(merge.out().contains("merged x into main (merge, "), merge.out());
        assertTrue(merge.err().contains("error: merging 'y' into main would conflict in 1 file(s): shared.txt"), merge.err());
        assertTrue(merge.err().contains("--hand-to-agent"), merge.err());

        repo.write(y, "notes.txt", "uncommitted\n");
        InProcessGrove.Run rm = grove("rm", "y");
        assertEquals(1, rm.code());
        assertTrue(rm.err().contains("untracked: notes.txt") && rm.err().contains("unmerged commit:"), rm.err());
        assertTrue(rm.err().contains("error: removing 'y' would lose 1 uncommitted file and 1 commit not on main"),
                rm.err());
        InProcessGrove.Run force = grove("rm", "y", "--force");
        assertEquals(0, force.code(), force.err());
        assertTrue(force.out().contains("archived its full state as refs/grove/archive/y/"), force.out());
        assertFalse(Files.exists(y));
        InProcessGrove.Run restore = grove("restore", "y", "--no-focus");
        assertEquals(0, restore.code(), restore.err());
        assertEquals("uncommitted\n", repo.read(y, "notes.txt"));

        InProcessGrove.Run gc = grove("gc", "--dry-run", "--idle-hours", "0");
        assertEquals(0, gc.code(), gc.err());
        assertTrue(gc.out().contains("would remove x"), gc.out());
        assertTrue(gc.out().contains("kept y: uncommitted changes"), gc.out());
        assertTrue(Files.exists(x));
        assertTrue(grove("gc", "--idle-hours", "0").out().contains("removed x"));
        assertFalse(Files.exists(x));
    }

    @Test
    void handToAgentPrintsTheInstruction() {
        repo.write("shared.txt", "a\nb\nc\n").commitAll("shared");
        grove("new", "x", "--no-focus", "--", "true");
        Path x = repo.dir.resolve(".trees/x");
        repo.write(x, "shared.txt", "a\nX\nc\n");
        TestRepo.commitAll(x, "x edits");
        repo.write("shared.txt", "a\nMAIN\nc\n").commitAll("main edits");
        InProcessGrove.Run merge = grove("merge", "x", "--hand-to-agent");
        assertEquals(1, merge.code());
        assertTrue(merge.err().contains("handed to x; tell the agent: grove: I ran 'git merge main'"), merge.err());
        assertTrue(repo.read(x, "shared.txt").contains("<<<<<<<"));
        InProcessGrove.Run json = grove("merge", "x", "--json");
        assertEquals(1, json.code());
        assertTrue(json.out().contains("\"stoppedAt\"") && json.out().contains("\"conflicts\" : [ \"shared.txt\" ]"),
                json.out());
    }

    @Test
    void userErrorsAreOneLineWithAHint() throws Exception {
        Path plain = Files.createDirectories(tmp.resolve("plain"));
        InProcessGrove.Run run = grove(plain, false, "", "radar");
        assertEquals(1, run.code());
        List<String> lines = run.err().lines().toList();
        assertEquals(2, lines.size(), run.err());
        assertTrue(lines.get(0).startsWith("error: not a git repository: " + plain));
        assertTrue(lines.get(1).startsWith("hint: "));
        assertEquals(1, grove("merge", "ghost").code());
        InProcessGrove.Run bad = grove("new", "bad name");
        assertEquals("error: invalid agent name 'bad name': it becomes a directory and a branch name",
                bad.err().lines().findFirst().orElseThrow());
    }

    @Test
    void concurrentProcessesNeverShareSlotsOrPorts() throws Exception {
        repo.config("{\"ports\": {\"PORT\": 43100, \"API_PORT\": 43200}}");
        int n = 3;
        List<Process> processes = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            processes.add(groveProcess("new", "p" + i, "--no-focus", "--", "true"));
        }
        try {
            for (Process p : processes) {
                String output = new String(p.getInputStream().readAllBytes());
                assertEquals(0, p.waitFor(), output);
            }
        } finally {
            // The panes were opened in the repository's server, started by the first process.
            groveProcess("kill-server").waitFor();
        }
        try (AgentWorktrees w = AgentWorktrees.open(repo.dir, repo.options())) {
            List<AgentRecord> agents = w.agents();
            assertEquals(n, agents.size());
            assertEquals(n, agents.stream().map(AgentRecord::slot).distinct().count());
            assertEquals(2L * n, agents.stream().flatMap(a -> a.ports().values().stream()).distinct().count());
            assertTrue(agents.stream().allMatch(a -> a.phase() == AgentRecord.Phase.ACTIVE));
        }
    }

    /** Runs the real grove main in the repository, with a private socket directory and state. */
    private Process groveProcess(String... args) throws java.io.IOException {
        List<String> argv = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), "dev.grove.Main"));
        argv.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(argv).directory(repo.dir.toFile()).redirectErrorStream(true);
        pb.environment().putAll(TestRepo.ENV);
        pb.environment().put("GROVE_STATE_DIR", tmp.resolve("state").toString());
        pb.environment().put("GROVE_SOCKET_DIR", tmp.resolve("sockets").toString());
        return pb.start();
    }
}
