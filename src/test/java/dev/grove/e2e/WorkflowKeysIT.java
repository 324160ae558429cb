// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.grove.config.RepoDirs;
import dev.grove.config.SavedState;
import dev.grove.config.StateDirs;
import dev.grove.config.StateFile;
import dev.grove.coord.worktree.TestRepo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Parallel workflows through the keys of an attached client on a repository's real server,
 * with the demo agent: the best-of scoreboard ({@code prefix b}) choosing and keeping a winner,
 * and a merge by {@code prefix m} starting the agent that waited for it.
 */
@Timeout(value = 150, unit = TimeUnit.SECONDS)
class WorkflowKeysIT {
    private static final String PREFIX = "\u0002";
    private static final String DOWN = "\033[B";

    @TempDir
    Path tmp;
    private GroveEnv env;
    private TestRepo repo;

    @BeforeEach
    void setUp() {
        env = new GroveEnv(tmp);
        env.env().putAll(TestRepo.ENV);
        repo = TestRepo.create(tmp);
        env.useSocket(StateDirs.forRepository(RepoDirs.find(repo.dir).orElseThrow(), env.env()).socket());
    }

    @AfterEach
    void tearDown() {
        env.close();
        Poll.until("the repository's server and its panes to exit", 15, () -> ProcessHandle.allProcesses()
                .noneMatch(p -> p.info().commandLine().map(c -> c.contains(env.socket().toString())).orElse(false)),
                env::serverLog);
    }

    private List<String> demoAgent(String... extra) {
        List<String> argv = new ArrayList<>(List.of("--", Path.of("scripts/demo-agent").toAbsolutePath().toString(),
                "--yes", "--fast"));
        argv.addAll(List.of(extra));
        return argv;
    }

    private GroveEnv.Run grove(List<String> args) {
        GroveEnv.Run r = env.runIn(repo.dir, args);
        assertEquals(0, r.exitCode(), args + "\n" + r.out() + r.err() + env.serverLog());
        return r;
    }

    @Test
    void scoreboardKeyChoosesAndKeepsTheWinner() {
        List<String> start = new ArrayList<>(List.of("new", "fix", "--best-of", "3", "--task", "tidy the notes",
                "--check", "test -d demo"));
        start.addAll(demoAgent());
        GroveEnv.Run run = grove(start);
        assertTrue(run.out().contains("CANDIDATE"), run.out());

        GroveTerminal t = env.attach(160, 45);
        t.awaitText("fix-3");
        t.type(PREFIX + ":");
        t.type("focus fix-1\r");
        t.type(PREFIX + "b");
        t.awaitScreen("the scoreboard with fix-1 chosen", s -> s.contains("best-of fix") && s.contains("CANDIDATE")
                && s.contains("> fix-1") && s.contains("succeeded") && s.contains("passed"));
        t.type(DOWN);
        t.awaitText("> fix-2");
        t.type("m");
        t.awaitText("keep fix-2: merge it, archive and remove the other");
        t.type("y");
        String done = t.awaitScreen("the winner kept", s -> s.contains("kept fix-2 (merged "));
        assertTrue(done.contains("archived and removed fix-1, fix-3"), done);

        assertTrue(repo.git("log", "--format=%s", "main").contains("Merge branch 'grove/fix-2'"),
                repo.git("log", "--oneline", "main"));
        assertFalse(Files.exists(repo.dir.resolve(".trees/fix-1")), "the losers' worktrees are removed");
        assertFalse(Files.exists(repo.dir.resolve(".trees/fix-3")));
        assertTrue(repo.git("for-each-ref", "--format=%(refname)").contains("fix-3"), "the losers are archived");
        Poll.until("the losers' panes to close", 20, () -> {
            String ls = env.run("ls").out();
            return !ls.contains("fix-1") && !ls.contains("fix-3") && ls.contains("fix-2");
        }, () -> env.run("ls").out());
    }

    @Test
    void mergeKeyStartsTheAgentWaitingForTheMergedOne() throws IOException {
        List<String> first = new ArrayList<>(List.of("new", "api", "--task", "write the api", "--no-focus"));
        first.addAll(demoAgent());
        grove(first);
        List<String> second = new ArrayList<>(List.of("new", "docs", "--task", "document the api", "--after", "api"));
        second.addAll(demoAgent());
        assertTrue(grove(second).out().contains("agent docs waits for api"));
        Poll.until("api to commit its work", 30,
                () -> repo.git("log", "-1", "--format=%s", "grove/api").contains("demo-agent:"), env::serverLog);

        GroveTerminal t = env.attach(160, 45);
        t.awaitScreen("api's row and docs blocked", s -> s.contains("api") && s.contains("Blocked: waits for api"));
        StateFile state = new StateFile(repo.dir.resolve(".git/grove"));
        Poll.until("state.json to list docs as waiting for api", 20, () -> state.load().map(SavedState::waitingAgents)
                .map(w -> w.size() == 1 && w.get(0).name().equals("docs") && w.get(0).after().equals(List.of("api")))
                .orElse(false), () -> String.valueOf(state.load()));
        t.type(PREFIX + ":");
        t.type("focus api\r");
        t.type(PREFIX + "m");
        t.awaitText("merge api (");
        t.type("y");
        t.awaitText("started docs (its dependencies merged)");
        Path docs = repo.dir.resolve(".trees/docs");
        assertTrue(Files.isDirectory(docs), "docs' worktree was created");
        String api = repo.git("rev-parse", "main");
        assertEquals(api, repo.git("merge-base", "main", "grove/docs"), "docs starts from the merged base");
        Poll.until("docs to run in its pane", 30, () -> repo.git("log", "-1", "--format=%s", "grove/docs")
                .contains("demo-agent: document the api"), () -> env.run("ls").out());
        assertTrue(listFiles(docs).contains("demo"), "docs sees api's work");
        Poll.until("state.json to list docs as a pane's agent, no longer waiting", 20, () -> state.load()
                .map(st -> st.waitingAgents().isEmpty() && st.panes().stream()
                        .anyMatch(p -> p.agent() != null && p.agent().name().equals("docs")))
                .orElse(false), () -> String.valueOf(state.load()));
    }

    private static String listFiles(Path dir) {
        try (var files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).toList().toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
