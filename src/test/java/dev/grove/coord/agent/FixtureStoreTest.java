// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.coord.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.grove.common.UserError;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "Mark state wrong": saving, reading and replaying a fixture, then fixing the rule. */
class FixtureStoreTest {
    private static final Instant NOW = Instant.parse("2024-05-01T10:15:30Z");

    @TempDir
    Path tmp;

    @Test
    void markingAStateWrongSavesAFixtureThatReplaysTheWrongDecisionUntilTheRuleIsFixed() throws IOException {
        ProfileRegistry builtin = ProfileRegistry.builtin();
        AgentProfile claude = builtin.lookup("claude");
        ScreenLines screen = new ScreenLines(List.of("Apply the migration now?", "  [a]pply  [s]kip"));
        AgentStateTracker tracker = new AgentStateTracker(claude, NOW.minusSeconds(60));
        AgentStatus wrong = tracker.update(PaneObservation.at(NOW).withScreen(1, () -> screen)
                .withLastOutput(NOW.minusSeconds(10)));
        assertEquals(AgentState.IDLE, wrong.state());

        FixtureStore store = FixtureStore.inGitDir(tmp.resolve(".git"));
        Path file = store.save(StateFixture.capture(tracker, AgentState.WAITING, screen, 80, NOW)
                .withNote("claude 2.1.30"));
        Path second = store.save(StateFixture.capture(tracker, AgentState.WAITING, screen, 80, NOW));

        assertEquals(tmp.resolve(".git/grove/fixtures/claude-waiting-20240501-101530.json"), file);
        assertEquals(tmp.resolve(".git/grove/fixtures/claude-waiting-20240501-101530-2.json"), second);
        assertEquals(Set.of(file, second), Set.copyOf(store.list()));
        assertTrue(Files.readString(file).contains("\"screen\" : [\n    \"Apply the migration now?\",\n"),
                "one screen row per line");
        StateFixture read = FixtureStore.read(file);
        assertEquals(AgentState.IDLE, read.detected());
        assertEquals("claude 2.1.30", read.note());
        assertEquals(screen.rows(), read.screen());
        assertEquals(AgentState.IDLE, read.replay(builtin).state(), "the rules still get it wrong");

        Path config = Files.writeString(tmp.resolve("config.json"), """
                {"agents": {"claude": {"extends": "claude", "rules": [
                  {"name": "apply-skip", "state": "waiting", "lines": 3, "match": "\\\\[a\\\\]pply +\\\\[s\\\\]kip"}]}}}
                """);
        AgentStatus fixed = read.replay(ProfileRegistry.load(config, null));
        assertEquals(AgentState.WAITING, fixed.state());
        assertEquals("claude/apply-skip", fixed.reason().rule());
    }

    @Test
    void aFileThatIsNotAFixtureIsAUserError() throws IOException {
        Path file = Files.writeString(tmp.resolve("x.json"), "{\"version\": 9, \"profile\": \"claude\", "
                + "\"expected\": \"IDLE\", \"cols\": 80, \"rows\": 24, \"screen\": []}");
        UserError e = assertThrows(UserError.class, () -> FixtureStore.read(file));
        assertTrue(e.getMessage().endsWith("not a grove state fixture of format 1"), e.getMessage());
    }

    @Test
    void aMissingDirectoryListsNothing() {
        assertEquals(List.of(), new FixtureStore(tmp.resolve("none")).list());
    }
}
