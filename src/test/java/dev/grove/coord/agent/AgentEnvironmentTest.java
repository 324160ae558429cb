// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.coord.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The GROVE_* variables an agent gets. */
class AgentEnvironmentTest {
    @Test
    void everyVariableIsThereAndMissingOnesAreLeftOut() {
        AgentEnvironment env = new AgentEnvironment("api", "versioning", Path.of("/r/.trees/api"), "grove/api", "main",
                Path.of("/r/coordination/status.md"), null, Map.of("PORT", 3001, "API_PORT", 3011));
        Map<String, String> m = env.toMap();
        assertEquals(List.of("GROVE_AGENT", "GROVE_TASK", "GROVE_WORKTREE", "GROVE_BRANCH", "GROVE_BASE",
                "GROVE_STATUS_FILE", "API_PORT", "PORT"), List.copyOf(m.keySet()));
        assertEquals("/r/coordination/status.md", m.get("GROVE_STATUS_FILE"));
        assertEquals("3011", m.get("API_PORT"));
    }
}
