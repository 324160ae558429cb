// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.coord.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.grove.coord.status.StatusFile;
import dev.grove.coord.status.StatusRow;
import dev.grove.testing.GitRepos;
import dev.grove.testing.GroveProcess;
import dev.grove.testing.PtyScreen;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo agent on a real pseudo-terminal, read back through grove's emulator and judged by the
 * {@code demo} profile, reporting to a real status file through a real {@code grove}. Each run
 * also checks that the screens it passes through replay as fixtures to the state seen live;
 * with {@code -Dgrove.recordFixtures=DIR} it saves them there (that is how the shipped demo
 * fixtures were made).
 */
class DemoAgentIT {
    private static final Duration TIMEOUT = Duration.ofSeconds(90);
    private static final ProfileRegistry PROFILES = ProfileRegistry.builtin();
    private static final AgentProfile DEMO = PROFILES.lookup("demo");
    private static final Path SCRIPT = Path.of(System.getProperty("user.dir"), "scripts", "demo-agent");

    @TempDir
    Path tmp;

    private Path repo;
    private StatusFile statusFile;
    private final List<AgentState> seen = new ArrayList<>();

    /** One agent run: the pty, its tracker and trigger monitor. */
    private final class Run implements AutoCloseable {
        final PtyScreen pty;
        final AgentStateTracker tracker = new AgentStateTracker(DEMO, Instant.now());
        final InterventionMonitor monitor = new InterventionMonitor("demo1", DEMO, TriggerSettings.defaults());
        final List<Attention> attentions = new ArrayList<>();
        Instant exitedAt;

        Run(Map<String, String> env, String... args) {
            List<String> cmd = new ArrayList<>(List.of(SCRIPT.toString()));
            cmd.addAll(List.of(args));
            Map<String, String> all = new HashMap<>(GitRepos.gitEnvironment());
            all.putAll(env);
            pty = PtyScreen.start(cmd, repo, all, 100, 30);
        }

        AgentStatus observe() {
            OptionalInt code = pty.exitCode();
            if (code.isPresent() && exitedAt == null) {
                exitedAt = Instant.now();
            }
            PaneObservation o = PaneObservation.at(Instant.now()).withScreen(pty.version(), pty::lines)
                    .withLastOutput(pty.lastOutputAt())
                    .withProcess(code.isPresent() ? ProcessState.exited(code.getAsInt(), exitedAt)
                            : ProcessState.running(Instant.EPOCH));
            Optional<StatusRow> row = statusFile.read().row("demo1");
            if (row.isPresent()) {
                o = o.withRow(row.get());
            }
            AgentStatus s = tracker.update(o);
            attentions.addAll(monitor.update(o, s, List.of()));
            if (seen.isEmpty() || seen.get(seen.size() - 1) != s.state()) {
                seen.add(s.state());
            }
            return s;
        }

        AgentStatus awaitState(AgentState wanted) throws InterruptedException {
            long deadline = System.nanoTime() + TIMEOUT.toNanos();
            AgentStatus s = observe();
            while (s.state() != wanted) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("no " + wanted + " (now " + s.state() + ": " + s.reason().describe()
                            + "); screen:\n" + pty.text());
                }
                pty.awaitOutput(Duration.ofMillis(100));
                s = observe();
            }
            return s;
        }

        /** Checks that the current screen replays as {@code expected}, and saves it when recording. */
        void fixture(String name, AgentState expected) throws IOException {
            observe();
            StateFixture f = StateFixture
                    .capture(tracker, expected, pty.lines(), pty.cols(), Instant.now())
                    .withNote("recorded from a real run of scripts/demo-agent: " + name);
            assertEquals(expected, f.replay(PROFILES).state(), () -> "replay of " + name + ":\n" + pty.text());
            String dir = System.getProperty("grove.recordFixtures");
            if (dir != null && !dir.isBlank()) {
                Path file = Path.of(dir, "demo", name + ".json");
                GitRepos.write(file, FixtureStore.toJson(f));
            }
        }

        @Override
        public void close() {
            pty.close();
        }
    }

    private void setUp() throws IOException {
        repo = GitRepos.init(tmp.resolve("repo"));
        statusFile = new StatusFile(repo.resolve("coordination/status.md"), Clock.systemDefaultZone());
    }

    /** A {@code grove} launcher on PATH that runs the real CLI from the test class path. */
    private Map<String, String> withGrove(String agent) throws IOException {
        Path bin = Files.createDirectories(tmp.resolve("bin"));
        Path grove = bin.resolve("grove");
        Files.writeString(grove, "#!/bin/sh\nexec '" + Path.of(System.getProperty("java.home"), "bin", "java")
                + "' -XX:TieredStopAtLevel=1 -cp '" + GroveProcess.classPath() + "' dev.grove.Main \"$@\"\n");
        Files.setPosixFilePermissions(grove, PosixFilePermissions.fromString("rwxr-xr-x"));
        return Map.of("PATH", bin + ":" + System.getenv("PATH"), "GROVE_AGENT", agent,
                "GROVE_STATUS_FILE", statusFile.path().toString());
    }

    @Test
    @Timeout(180)
    void askingForApprovalIsWaitingWithItsReasonThenAYesFinishesTheWork() throws Exception {
        setUp();
        try (Run run = new Run(withGrove("demo1"), "--fast", "--task", "write the docs")) {
            AgentStatus waiting = run.awaitState(AgentState.WAITING);
            assertEquals("demo/proceed-question", waiting.reason().rule());
            assertEquals("Do you want to proceed? (y/n)", waiting.reason().matched());
            run.fixture("proceed-question", AgentState.WAITING);
            run.observe();
            assertEquals(1, run.attentions.stream().filter(a -> a.trigger() == Trigger.WAITING_FOR_INPUT).count());

            run.pty.type("y\r");
            run.awaitState(AgentState.COMPLETE);
            assertEquals(0, run.pty.waitFor(TIMEOUT));
            run.fixture("done", AgentState.COMPLETE);
            assertTrue(seen.indexOf(AgentState.IN_PROGRESS) < seen.indexOf(AgentState.WAITING), seen.toString());
            assertTrue(seen.lastIndexOf(AgentState.IN_PROGRESS) > seen.indexOf(AgentState.WAITING), seen.toString());
        }
        StatusRow row = statusFile.read().row("demo1").orElseThrow();
        assertEquals("Complete", row.status());
        assertEquals("write the docs", row.task());
        assertEquals("done: write the docs", row.extra("Note"));
        String log = GitRepos.git(repo, "log", "--format=%s");
        assertTrue(log.startsWith("demo-agent: write the docs (done)\ndemo-agent: write the docs (first part)\n"), log);
    }

    @Test
    @Timeout(180)
    void theFirstStepAndTheProgressPanelOnTheAlternateScreenAreInProgress() throws Exception {
        setUp();
        try (Run run = new Run(Map.of(), "--yes", "--task", "draw the panel")) {
            run.pty.await(t -> t.contains("[1/6] Reading the project"), TIMEOUT, "the first step");
            AgentStatus first = run.observe();
            assertEquals(AgentState.IN_PROGRESS, first.state(), first.reason().describe());
            run.fixture("step-spinner", AgentState.IN_PROGRESS);
            run.pty.await(t -> t.contains("demo-agent is working"), TIMEOUT, "the panel");
            AgentStatus s = run.observe();
            assertEquals(AgentState.IN_PROGRESS, s.state());
            assertEquals("demo/working-panel", s.reason().rule());
            run.fixture("progress-panel", AgentState.IN_PROGRESS);
            run.pty.await(t -> t.contains("[3/6] Editing files"), TIMEOUT, "the main screen again");
            assertFalse(run.pty.text().contains("demo-agent is working"), "left the alternate screen");
        }
    }

    @Test
    @Timeout(180)
    void answeringNoStopsItWithAFailure() throws Exception {
        setUp();
        try (Run run = new Run(Map.of(), "--fast")) {
            run.awaitState(AgentState.WAITING);
            run.pty.type("maybe\r");
            run.pty.await(t -> t.contains("Please answer y or n.\nDo you want to proceed? (y/n)"), TIMEOUT,
                    "the question again");
            run.pty.type("n\r");
            assertEquals(1, run.pty.waitFor(TIMEOUT));
            AgentStatus s = run.awaitState(AgentState.FAILED);
            assertEquals("the process exited with code 1", s.reason().detail());
            assertTrue(run.pty.text().contains("demo-agent: failed: stopped at your request"));
            run.fixture("stopped-by-no", AgentState.FAILED);
            assertEquals(1, run.attentions.stream().filter(a -> a.trigger() == Trigger.NON_ZERO_EXIT).count());
        }
    }

    @Test
    @Timeout(180)
    void withYesAndFailItNeverAsksAndEndsFailed() throws Exception {
        setUp();
        try (Run run = new Run(Map.of(), "--fast", "--yes", "--fail")) {
            run.pty.await(t -> t.contains("demo-agent: failed"), TIMEOUT, "the failure line");
            run.fixture("failed-checks", AgentState.FAILED);
            assertEquals(1, run.pty.waitFor(TIMEOUT));
            run.awaitState(AgentState.FAILED);
            assertFalse(seen.contains(AgentState.WAITING), seen.toString());
            assertTrue(run.pty.text().contains("Proceeding without asking (--yes)."));
        }
    }
}
