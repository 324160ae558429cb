// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.grove.client.CommandClient;
import dev.grove.config.SavedPane;
import dev.grove.config.SavedState;
import dev.grove.config.StateFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A server killed with SIGKILL comes back: its panes' processes end with it (hang-up), and the
 * next {@code grove} starts a server that shows every pane again, exited, with its last screen replayed from its log; panes whose processes
 * were lost resume on {@code prefix r} or with {@code grove resume --all}, in their directory and
 * with the environment they were given. A state file grove cannot read stops the start with a
 * clear message and is left alone.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class RecoveryIT {
    private static final String PREFIX = "\u0002";

    @TempDir
    Path tmp;
    private GroveEnv env;

    @BeforeEach
    void setUp() {
        env = new GroveEnv(tmp);
    }

    @AfterEach
    void tearDown() {
        env.close();
    }

    @Test
    void aServerKilledHardComesBackWithEveryPaneAndItsLastScreen() throws IOException {
        Process server = env.startServer("--", "/bin/sh");
        Map<String, String> withExtra = new HashMap<>(env.env());
        withExtra.put("GROVE_TEST_EXTRA", "kept-across-restarts");
        assertEquals(0, CommandClient.run(env.socket(), List.of("new", "second", "--", "/bin/sh"), tmp, withExtra)
                .orElseThrow().exitCode());
        assertEquals(0, env.command("new", "done", "--", "/bin/sh", "-c", "echo finished-$((3*11)); exit 3").exitCode());
        try (RawClient client = RawClient.attach(env.socket(), 120, 40, env.env()).startReading()) {
            client.awaitText("finished-33");
            env.command("send", "sh", "echo first-$((8*8))");
            env.command("send", "second", "echo second-$((6*7)) $GROVE_TEST_EXTRA");
            client.awaitText("first-64");
            client.awaitText("second-42 kept-across-restarts");
            env.command("focus", "second");
            Poll.until("the exit of 'done' in the saved state", 20, () -> savedStatus("done") == SavedPane.Status.EXITED,
                    env::serverLog);
        }
        List<Long> panePids = panePids();
        server.destroyForcibly();
        Poll.until("the server to die", 20, () -> !server.isAlive(), env::serverLog);
        Poll.until("the panes' processes to end with the server (hang-up)", 20,
                () -> panePids.stream().allMatch(p -> ProcStatus.state(p).isEmpty() || ProcStatus.state(p).equals("Z")),
                () -> "still running: " + panePids);
        assertEquals("second", new StateFile(env.stateDir()).load().orElseThrow().focusedPane());

        GroveTerminal t = env.attach(120, 40);
        t.awaitText("first-64");
        t.awaitText("second-42 kept-across-restarts");
        t.awaitText("finished-33");
        t.awaitText("stopped when the grove server stopped");
        t.awaitText("exited with status 3");
        String ls = env.command("ls").out();
        assertTrue(ls.contains("(interrupted: grove resume sh)") && ls.contains("(interrupted: grove resume second)"), ls);
        assertTrue(ls.contains("Exited 3"), ls);

        t.type(PREFIX + "r");
        Poll.until("'second' to run again", 20, () -> env.command("ls").out().matches("(?s).*second +Running.*"),
                () -> env.command("ls").out());
        GroveEnv.Run resume = env.run("resume", "--all");
        assertEquals(0, resume.exitCode(), resume.err());
        assertEquals("resumed sh\n", resume.out());
        env.command("send", "second", "echo again-$((2*50)) $GROVE_TEST_EXTRA");
        t.awaitText("again-100 kept-across-restarts");
        assertTrue(env.command("ls").out().contains("Exited 3"), "a pane that had exited by itself is not resumed");
    }

    @Test
    void panesStoppedWithTheServerComeBackResumable() throws InterruptedException {
        Process server = env.startServer("--", "/bin/sh");
        assertEquals(0, env.command("new", "quits", "--", "/bin/sh", "-c", "exit 4").exitCode());
        Poll.until("'quits' to exit", 20, () -> savedStatus("quits") == SavedPane.Status.EXITED, env::serverLog);
        env.command("kill-server");
        assertTrue(server.waitFor(20, TimeUnit.SECONDS));
        assertEquals(SavedPane.Status.RUNNING, savedStatus("sh"), "stopped by grove, not by itself: resumable");
        assertEquals(SavedPane.Status.EXITED, savedStatus("quits"));
        env.startServer("--empty");
        assertEquals("resumed sh\n", env.command("resume", "--all").out());
    }

    @Test
    void aCommandAskedForByNameOpensBesideTheRestoredPanesInFocus() throws InterruptedException {
        Process server = env.startServer("--", "/bin/sh");
        env.command("kill-server");
        assertTrue(server.waitFor(20, TimeUnit.SECONDS));
        GroveTerminal t = env.attach(100, 30, "--", "/bin/sh", "-c", "echo asked-for-$((6*7)); exec sleep 60");
        t.awaitText("asked-for-42");
        t.awaitText("stopped when the grove server stopped");
        String ls = env.command("ls").out();
        assertTrue(ls.contains("(interrupted: grove resume sh)"), "the restored pane is kept: " + ls);
        assertEquals(2, new StateFile(env.stateDir()).load().orElseThrow().panes().size(), ls);
        Poll.until("the asked-for pane to be the one in focus", 20, () -> {
            String focused = new StateFile(env.stateDir()).load().orElseThrow().focusedPane();
            return focused != null && !focused.equals("sh");
        }, () -> String.valueOf(new StateFile(env.stateDir()).load()));
    }

    @Test
    void aStateFileOfANewerGroveStopsTheStartAndIsLeftAlone() throws IOException {
        Path state = Files.createDirectories(env.stateDir()).resolve(StateFile.NAME);
        String newer = "{\"schema\": 99, \"panes\": []}";
        Files.writeString(state, newer);
        GroveEnv.Run run = env.run("new", "x", "--", "/bin/true");
        assertEquals(1, run.exitCode(), run.out() + run.err());
        assertTrue(run.err().startsWith("error: cannot restore grove's saved state from " + state
                + ": it was written by a newer grove (state schema 99; this grove reads up to " + SavedState.SCHEMA + ")"),
                run.err());
        assertTrue(run.err().contains("hint: run the newer grove, or move the file away"), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
        assertEquals(newer, Files.readString(state));
        try (Stream<Path> files = Files.list(state.getParent())) {
            assertTrue(files.anyMatch(p -> p.getFileName().toString().startsWith("state.json.refused-")), "a copy is kept");
        }
        assertFalse(Files.exists(env.socket()), "no server was started");
    }

    private List<Long> panePids() {
        Matcher m = Pattern.compile("\"pid\" : (\\d+),\\s*\"title\"").matcher(env.command("ls", "--json").out());
        List<Long> pids = new ArrayList<>();
        while (m.find()) {
            pids.add(Long.parseLong(m.group(1)));
        }
        assertEquals(2, pids.size(), "two running panes");
        return pids;
    }

    private SavedPane.Status savedStatus(String pane) {
        return new StateFile(env.stateDir()).load().orElseThrow().panes().stream().filter(p -> p.name().equals(pane))
                .findFirst().map(SavedPane::status).orElse(null);
    }
}
