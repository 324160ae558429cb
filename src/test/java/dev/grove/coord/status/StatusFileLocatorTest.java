// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.coord.status;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.grove.common.UserError;
import dev.grove.testing.GitRepos;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Finding the status file from the main worktree, a linked worktree, or the environment. */
class StatusFileLocatorTest {
    @TempDir
    Path tmp;

    @Test
    void findsTheMainWorktreesFileFromInsideALinkedWorktree() throws IOException {
        Path main = GitRepos.init(tmp.resolve("repo")).toRealPath();
        GitRepos.git(main, "worktree", "add", "-q", "-b", "grove/api", main.resolve(".trees/api").toString());
        Path deep = main.resolve(".trees/api/src/lib");
        Files.createDirectories(deep);

        StatusLocation loc = StatusFileLocator.locate(deep, Map.of());

        assertEquals(main.resolve("coordination/status.md"), loc.file());
        assertEquals(main, loc.mainWorktree());
        assertEquals(main.resolve(".git"), loc.commonGitDir());
    }

    @Test
    void findsThePathConfiguredInTheRepositoryFromASubdirectoryAndALinkedWorktree() throws IOException {
        Path main = GitRepos.init(tmp.resolve("repo")).toRealPath();
        GitRepos.write(main.resolve(".grove/config.json"), "{\"statusFile\": \"team/board.md\"}\n");
        Path sub = Files.createDirectories(main.resolve("docs"));
        GitRepos.git(main, "worktree", "add", "-q", "-b", "grove/api", main.resolve(".trees/api").toString());

        assertEquals(main.resolve("team/board.md"), StatusFileLocator.locate(sub, Map.of()).file());
        StatusLocation fromTree = StatusFileLocator.locate(main.resolve(".trees/api"), Map.of());
        assertEquals(main.resolve("team/board.md"), fromTree.file());
        fromTree.ensureExcluded();
        assertTrue(Files.readString(main.resolve(".git/info/exclude")).contains("/team/\n"));
    }

    @Test
    void theEnvironmentVariableWinsAndWorksOutsideRepositories() {
        Path outside = tmp.resolve("nowhere");
        StatusLocation loc = StatusFileLocator.locate(outside,
                Map.of(StatusFileLocator.ENV_STATUS_FILE, "/x/y/status.md"));
        assertEquals(Path.of("/x/y/status.md"), loc.file());
        assertNull(loc.mainWorktree());
    }

    @Test
    void outsideARepositoryWithoutTheVariableIsAUserError() {
        UserError e = assertThrows(UserError.class,
                () -> StatusFileLocator.locate(tmp, Map.of()));
        assertTrue(e.getMessage().startsWith("not inside a git repository: "), e.getMessage());
        assertTrue(e.hint().contains("GROVE_STATUS_FILE"));
    }

    @Test
    void excludingTheCoordinationDirectoryHappensOnceAndHidesItFromGitStatus() throws IOException {
        Path main = GitRepos.init(tmp.resolve("repo")).toRealPath();
        StatusLocation loc = StatusFileLocator.locate(main, Map.of());
        GitRepos.write(loc.file(), "| Agent | Task | Status | Last Update |\n");
        loc.ensureExcluded();
        loc.ensureExcluded();
        String exclude = Files.readString(main.resolve(".git/info/exclude"));
        assertEquals(1, exclude.split("/coordination/", -1).length - 1, exclude);
        assertEquals("", GitRepos.git(main, "status", "--porcelain"));
    }
}
