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
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Built-in profiles, config layers, and the errors a bad profile definition gives. */
class ProfileRegistryTest {
    @TempDir
    Path tmp;

    @Test
    void theBuiltInProfilesAreAllThere() {
        ProfileRegistry r = ProfileRegistry.builtin();
        assertEquals(List.of("claude", "codex", "gemini", "aider", "shell", "demo"), r.names());
        for (String name : r.names()) {
            AgentProfile p = r.lookup(name);
            assertEquals(ProfileSource.BUILTIN, p.source());
            assertTrue(!p.rules().isEmpty(), name + " has screen rules");
        }
    }

    @Test
    void launchAndResumeCommandsFollowTheProfile() {
        ProfileRegistry r = ProfileRegistry.builtin();
        Map<String, String> vars = Map.of("grove_home", "/opt/grove");
        assertEquals(List.of("claude", "fix the login bug"), r.lookup("claude").launchArgv("fix the login bug", vars));
        assertEquals(List.of("claude", "--continue"), r.lookup("claude").resumeArgv("fix it", vars));
        assertEquals(List.of("codex", "resume", "--last"), r.lookup("codex").resumeArgv("x", vars));
        assertEquals(List.of("gemini", "--prompt-interactive", "hi"), r.lookup("gemini").launchArgv("hi", vars));
        assertEquals(List.of("aider"), r.lookup("aider").launchArgv("add tests", vars));
        assertEquals(Optional.of("add tests"), r.lookup("aider").typedPrompt("add tests"));
        assertEquals(Optional.empty(), r.lookup("claude").typedPrompt("add tests"));
        assertEquals(List.of("/opt/grove/scripts/demo-agent", "--task", "write docs"),
                r.lookup("demo").launchArgv("write docs", vars));
        assertEquals(List.of("/opt/grove/scripts/demo-agent"), r.lookup("demo").resumeArgv("", vars));
    }

    @Test
    void repositoryAndUserConfigOverrideFieldsAndAddProfiles() throws IOException {
        Path repo = write("repo.json", """
                {"setup": ["npm ci"], "agents": {
                   "claude": {"command": ["claude", "--model", "opus"]},
                   "bot": {"extends": "shell", "command": ["./bot.sh"], "settleMillis": 300}}}
                """);
        Path user = write("user.json", """
                {"agents": {"claude": {"resumeArgs": ["--resume"]}}}
                """);
        ProfileRegistry r = ProfileRegistry.load(repo, user);
        AgentProfile claude = r.lookup("claude");
        assertEquals(List.of("claude", "--model", "opus", "--resume"), claude.resumeArgv("", Map.of()));
        assertEquals(ProfileRegistry.builtin().lookup("claude").rules().size(), claude.rules().size());
        assertEquals(ProfileSource.USER, claude.source());
        AgentProfile bot = r.lookup("bot");
        assertEquals(ProfileSource.REPOSITORY, bot.source());
        assertEquals(Duration.ofMillis(300), bot.settle());
        assertEquals("shell-prompt", bot.rules().get(bot.rules().size() - 1).name());
        assertTrue(ProfileRegistry.load(tmp.resolve("missing.json"), null).find("claude").isPresent());
    }

    @Test
    void badDefinitionsAreErrorsNamingFileProfileAndRule() throws IOException {
        assertError("{\"agents\": {\"x\": {\"command\": [\"x\"], \"rules\": [{\"name\": \"r\", \"state\": \"waiting\", "
                + "\"match\": \"(\"}]}}}", "agent profile 'x' rule 'r' is not a valid regular expression");
        assertError("{\"agents\": {\"x\": {\"command\": [\"x\"], \"rules\": [{\"name\": \"r\", \"state\": \"sleepy\", "
                + "\"match\": \"z\"}]}}}", "rule 'r' has unknown state 'sleepy'");
        assertError("{\"agents\": {\"x\": {\"rules\": []}}}", "agent profile 'x' has no command");
        assertError("{\"agents\": {\"x\": {\"command\": [\"x\"], \"prompt\": \"telepathy\"}}}",
                "has prompt 'telepathy'");
        assertError("{\"agents\": {\"x\": {\"extends\": \"nope\"}}}", "extends unknown profile 'nope'");
        assertError("{\"agents\": {\"x\": {\"comand\": [\"x\"]}}}", "unknown key 'comand'");
    }

    @Test
    void anUnknownProfileNamesTheKnownOnes() {
        UserError e = assertThrows(UserError.class, () -> ProfileRegistry.builtin().lookup("copilot"));
        assertEquals("unknown agent profile 'copilot'", e.getMessage());
        assertTrue(e.hint().startsWith("known profiles: claude, codex, gemini, aider, shell, demo"), e.hint());
    }

    private void assertError(String json, String expected) throws IOException {
        Path file = write("bad.json", json);
        UserError e = assertThrows(UserError.class, () -> ProfileRegistry.load(file, null));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
        assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(tmp.resolve(name), text);
    }
}
