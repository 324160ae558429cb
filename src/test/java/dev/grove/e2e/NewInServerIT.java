// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.grove.testing.GitRepos;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code grove new} in a repository whose server runs is run by that server for the caller (in
 * the caller's directory and environment) unless it needs the caller's own terminal; and
 * {@code grove kill-server} stops a server that speaks another protocol version.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class NewInServerIT {
    @TempDir
    Path tmp;
    private GroveEnv env;
    private Path repo;

    @BeforeEach
    void setUp() {
        env = GroveEnv.inRepository(tmp);
        repo = env.repo();
    }

    @AfterEach
    void tearDown() {
        env.close();
    }

    @Test
    void theRunningServerCreatesTheAgentWithTheCallersEnvironment() throws IOException {
        GroveEnv.Run first = grove("new", "first", "--no-focus", "--", "true");
        assertEquals(0, first.exitCode(), first.out() + first.err());
        assertFalse(serverLog().contains("'grove new first"), "no server ran yet: the first one is created here");

        env.env().put("ONLY_THE_CALLER_HAS", "this-value");
        GroveEnv.Run second = grove("new", "second", "--no-focus", "--task", "in the server", "--",
                "sh", "-c", "echo $ONLY_THE_CALLER_HAS > seen; sleep 60");
        assertEquals(0, second.exitCode(), second.out() + second.err());
        assertTrue(second.out().startsWith("created agent second in " + repo.resolve(".trees/second")), second.out());
        assertTrue(second.err().contains("grove: worktree " + repo.resolve(".trees/second")), second.err());
        assertTrue(serverLog().contains("ran 'grove new second --no-focus --task in the server"), serverLog());
        Path seen = repo.resolve(".trees/second/seen");
        Poll.until("the agent's pane to run", 20, () -> Files.exists(seen) && read(seen).equals("this-value\n"),
                () -> Files.exists(seen) ? read(seen) : "no file yet");
        assertTrue(GitRepos.git(repo, "branch", "--list", "grove/second").contains("grove/second"));

        GroveEnv.Run taken = grove("new", "second", "--no-focus", "--", "true");
        assertEquals(1, taken.exitCode(), "a bad input is reported by the server as by the command line");
        assertTrue(taken.err().startsWith("error: "), taken.err());
        assertTrue(taken.err().contains("\nhint: "), taken.err());
    }

    @Test
    void threeCallersAtOnceGetThreeAgents() throws Exception {
        GroveEnv.Run first = grove("new", "first", "--no-focus", "--", "true");
        assertEquals(0, first.exitCode(), first.out() + first.err());
        List<CompletableFuture<GroveEnv.Run>> runs = new ArrayList<>();
        for (String name : List.of("one", "two", "three")) {
            runs.add(CompletableFuture.supplyAsync(() -> grove("new", name, "--no-focus", "--", "sleep", "60")));
        }
        for (CompletableFuture<GroveEnv.Run> run : runs) {
            GroveEnv.Run r = run.get(60, TimeUnit.SECONDS);
            assertEquals(0, r.exitCode(), r.out() + r.err());
        }
        for (String name : List.of("one", "two", "three")) {
            assertTrue(serverLog().contains("ran 'grove new " + name + " "), serverLog());
            assertTrue(Files.isDirectory(repo.resolve(".trees/" + name)), name);
        }
        String ls = grove("ls").out();
        assertTrue(ls.contains("one") && ls.contains("two") && ls.contains("three"), ls);
        assertEquals(4, GitRepos.git(repo, "for-each-ref", "--format=%(refname)", "refs/heads/grove/").strip()
                .lines().count(), "one branch per agent");
    }

    @Test
    void setupCommandsRunInTheCallerWhereTheirOutputStreams() throws IOException {
        GroveEnv.Run first = grove("new", "first", "--no-focus", "--", "true");
        assertEquals(0, first.exitCode(), first.out() + first.err());
        GitRepos.write(repo.resolve(".grove/config.json"), "{\"setup\": [\"echo setting-up-$((40+2))\"]}\n");
        GitRepos.git(repo, "add", ".grove/config.json");
        GitRepos.git(repo, "commit", "-q", "-m", "setup");

        GroveEnv.Run refused = grove("new", "unapproved", "--no-focus", "--", "true");
        assertEquals(1, refused.exitCode(), refused.out() + refused.err());
        assertTrue(refused.err().contains("--approve"), refused.err());
        GroveEnv.Run approved = grove("new", "third", "--approve", "--no-focus", "--", "true");
        assertEquals(0, approved.exitCode(), approved.out() + approved.err());
        assertTrue(approved.err().contains("setting-up-42"), approved.err());
        assertTrue(serverLog().contains("runs 'grove new third --approve --no-focus -- true' itself"), serverLog());
        assertTrue(serverLog().contains("runs 'grove new unapproved --no-focus -- true' itself"), serverLog());
    }

    @Test
    void killServerStopsAServerOfAnotherProtocolVersion() throws IOException, InterruptedException {
        Path socket = env.socket();
        Files.createDirectories(socket.getParent());
        ProcessBuilder pb = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"),
                "-cp", System.getProperty("java.class.path"), OldProtocolServer.class.getName(),
                "dev.grove.server.ServerMain", "--socket", socket.toString())
                .redirectOutput(tmp.resolve("old-server.log").toFile()).redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        Process old = pb.start();
        try {
            Poll.until("the old server to listen", 20, () -> Files.exists(socket), () -> "");
            GroveEnv.Run ls = grove("ls");
            assertEquals(1, ls.exitCode(), ls.out() + ls.err());
            assertTrue(ls.err().contains("speaks protocol"), ls.err());

            GroveEnv.Run kill = grove("kill-server");
            assertEquals(0, kill.exitCode(), kill.out() + kill.err());
            assertTrue(kill.out().startsWith("stopped the grove server on " + socket + " (pid " + old.pid() + ")"),
                    kill.out());
            assertTrue(old.waitFor(10, TimeUnit.SECONDS), "the old server stopped");
        } finally {
            old.destroyForcibly();
        }
    }

    private String serverLog() {
        Path log = repo.resolve(".git/grove/server.log");
        return Files.exists(log) ? read(log) : "";
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return "unreadable: " + e;
        }
    }

    private GroveEnv.Run grove(String... args) {
        return env.runIn(repo, List.of(args));
    }
}
