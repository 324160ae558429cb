// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.grove.common.UserError;
import dev.grove.config.Approvals;
import dev.grove.config.RepoTrust;
import dev.grove.config.SavedAgent;
import dev.grove.config.SavedPane;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfileResumeTest {
    @TempDir
    Path tmp;

    private static SavedPane pane(String profile, String batch) {
        SavedAgent agent = profile == null && batch == null ? null : new SavedAgent("a", profile, "", "grove/a", "/w/a",
                "main", List.of(), batch, 1, Map.of(), "In progress");
        return new SavedPane("a", List.of("launch", "--task", "x"), "/w/a", Map.of("GROVE_PROMPT", "x"),
                SavedPane.Status.RUNNING, null, 1L, 80, 24, agent);
    }

    @Test
    void anAgentResumesWithItsProfilesResumeCommandOthersWithTheirOwn() {
        ProfileResume resume = new ProfileResume(tmp, tmp.resolve("none.json"), new Approvals(tmp.resolve("ok.json")),
                "/opt/grove");
        assertEquals(List.of("/opt/grove/scripts/demo-agent"), resume.resumeCommand(pane("demo", null)));
        assertEquals(List.of("launch", "--task", "x"), resume.resumeCommand(pane(null, null)), "a plain pane");
        assertEquals(List.of("launch", "--task", "x"), resume.resumeCommand(pane("demo", "b1")),
                "a batch's agent keeps the batch's wrapper");
    }

    @Test
    void aRepositoryProfileResumesOnlyOnceTheConfigIsApproved() throws IOException {
        Path config = Files.createDirectories(tmp.resolve(".grove")).resolve("config.json");
        Files.writeString(config, "{\"agents\": {\"mine\": {\"extends\": \"codex\", \"command\": [\"my-agent\"], "
                + "\"resumeArgs\": [\"--continue\"]}}}");
        Approvals approvals = new Approvals(tmp.resolve("approvals.json"));
        ProfileResume resume = new ProfileResume(tmp, tmp.resolve("none.json"), approvals, null);
        UserError e = assertThrows(UserError.class, () -> resume.resumeCommand(pane("mine", null)));
        assertTrue(e.getMessage().contains(config.toString()) && e.getMessage().contains("not approved"), e.getMessage());
        assertTrue(e.hint().contains("grove resume NAME --approve"), e.hint());
        assertEquals(List.of("launch", "--task", "x"), resume.resumeCommand(pane(null, null)),
                "a plain pane runs nothing of the config");

        RepoTrust.load(tmp).approve(approvals);
        assertEquals(List.of("my-agent", "--continue"), resume.resumeCommand(pane("mine", null)));

        Files.writeString(config, "{\"agents\": {\"mine\": {\"extends\": \"codex\", \"command\": [\"other-agent\"], "
                + "\"resumeArgs\": [\"--continue\"]}}}");
        assertThrows(UserError.class, () -> resume.resumeCommand(pane("mine", null)), "changed content asks again");
    }
}
