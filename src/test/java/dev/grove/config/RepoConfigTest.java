// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.grove.common.UserError;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reading and validating .grove/config.json. */
class RepoConfigTest {
    @Test
    void defaultsWhenEmpty() {
        RepoConfig c = RepoConfig.parse("{}", "c.json");
        assertEquals(".trees", c.worktrees().dir());
        assertEquals("grove/", c.worktrees().branchPrefix());
        assertEquals(20, c.worktrees().max());
        assertEquals(5, c.worktrees().parallelism());
        assertEquals(6, c.worktrees().gcIdleHours());
        assertEquals(".env", c.envFile());
        assertEquals("coordination/status.md", c.statusFile());
        assertEquals(List.of(), c.setup());
    }

    @Test
    void readsEveryKey() {
        RepoConfig c = RepoConfig.parse("""
                {"worktrees": {"dir": "../trees", "branchPrefix": "agent/", "max": 8},
                 "copy": [".env"], "link": ["node_modules"], "setup": ["npm ci"],
                 "ports": {"PORT": 3000}, "env": {"DB": "app_{name}_{slot}_{PORT}"},
                 "agents": {"claude": {"command": ["claude", "--x"]}}}
                """, "c.json");
        assertEquals("../trees", c.worktrees().dir());
        assertEquals(8, c.worktrees().max());
        assertEquals(5, c.worktrees().parallelism());
        assertEquals(Map.of("PORT", 3000), c.ports());
        assertEquals(List.of("npm ci"), c.setup(), "agent profiles are read elsewhere and skipped here");
    }

    @Test
    void rejectsBadValuesNamingTheKey() {
        assertTrue(assertThrows(UserError.class, () -> RepoConfig.parse("{\"ports\": {\"PORT\": 70000}}", "c.json"))
                .getMessage().contains("ports.PORT"));
        assertTrue(assertThrows(UserError.class, () -> RepoConfig.parse("{\"link\": [\"/etc\"]}", "c.json"))
                .getMessage().contains("'/etc' must be relative"));
        assertTrue(assertThrows(UserError.class, () -> RepoConfig.parse("{\"worktrees\": {\"max\": 0}}", "c.json"))
                .getMessage().contains("worktrees.max"));
        assertTrue(assertThrows(UserError.class, () -> RepoConfig.parse("{\"worktrees\": {\"mx\": 3}}", "c.json"))
                .getMessage().contains("unknown key 'mx'"));
    }
}
