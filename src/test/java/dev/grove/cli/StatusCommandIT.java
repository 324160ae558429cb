// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.grove.coord.status.StatusFile;
import dev.grove.coord.status.StatusRow;
import dev.grove.coord.status.StatusTable;
import dev.grove.testing.GitRepos;
import dev.grove.testing.GroveProcess;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** {@code grove status set} from real, separate processes. */
class StatusCommandIT {
    private static final int PROCESSES = 10;

    @TempDir
    Path tmp;

    @Test
    @Timeout(180)
    void concurrentProcessesLoseNoRow() throws Exception {
        Path file = tmp.resolve("coordination/status.md");
        Map<String, String> env = Map.of("GROVE_STATUS_FILE", file.toString());
        List<Process> running = new ArrayList<>();
        for (int p = 0; p < PROCESSES; p++) {
            running.add(GroveProcess.start(tmp, env, "status", "set", "--agent", "agent-" + p, "--task", "task " + p,
                    "--status", "In progress"));
        }
        for (Process p : running) {
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(p.waitFor(120, TimeUnit.SECONDS));
            assertEquals(0, p.exitValue(), out);
        }
        StatusTable table = new StatusFile(file, Clock.systemUTC()).read();
        assertEquals(List.of(), table.problems());
        Set<String> agents = table.rows().stream().map(StatusRow::agent).collect(Collectors.toCollection(TreeSet::new));
        Set<String> expected = new TreeSet<>();
        for (int p = 0; p < PROCESSES; p++) {
            expected.add("agent-" + p);
        }
        assertEquals(expected, agents);
    }

    @Test
    @Timeout(120)
    void setFromInsideALinkedWorktreeWritesTheMainWorktreesTable() throws Exception {
        Path main = GitRepos.init(tmp.resolve("repo")).toRealPath();
        Path tree = main.resolve(".trees/api");
        GitRepos.git(main, "worktree", "add", "-q", "-b", "grove/api", tree.toString());
        Process p = GroveProcess.start(tree, Map.of("GROVE_AGENT", "api"), "status", "set", "--status", "Blocked",
                "--note", "needs the schema from auth");
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out);
        StatusRow row = new StatusFile(main.resolve("coordination/status.md"), Clock.systemUTC()).read()
                .row("api").orElseThrow();
        assertEquals("Blocked", row.status());
        assertEquals("needs the schema from auth", row.extra("Note"));
        assertTrue(Files.readString(main.resolve(".git/info/exclude")).contains("/coordination/"));
    }
}
