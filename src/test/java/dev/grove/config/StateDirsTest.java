// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StateDirsTest {
    @TempDir
    Path tmp;

    private Map<String, String> env() {
        return Map.of("GROVE_SOCKET_DIR", tmp.resolve("sockets").toString(), "HOME", tmp.resolve("home").toString());
    }

    @Test
    void repositoryModeKeepsStateInTheCommonGitDirAndFindsItFromALinkedWorktree() throws IOException {
        Path repo = Files.createDirectories(tmp.resolve("repo"));
        Path common = Files.createDirectories(repo.resolve(".git"));
        Path wtGit = Files.createDirectories(common.resolve("worktrees/feature"));
        Files.writeString(wtGit.resolve("commondir"), "../..\n");
        Path wt = Files.createDirectories(tmp.resolve("trees/feature/src"));
        Files.writeString(wt.getParent().resolve(".git"), "gitdir: " + wtGit + "\n");

        StateDirs fromMain = StateDirs.resolve(null, Files.createDirectories(repo.resolve("a/b")), env());
        StateDirs fromLinked = StateDirs.resolve(null, wt, env());
        assertEquals(common.resolve("grove"), fromMain.stateDir());
        assertEquals(fromMain, fromLinked);
        assertEquals(repo, fromLinked.repo().orElseThrow().mainWorktree());
        assertTrue(fromMain.socket().getFileName().toString().startsWith("repo-"));
        assertEquals(common.resolve("grove/logs"), fromMain.logsDir());
    }

    @Test
    void plainModeUsesTheDefaultSocketOrTheGivenOne() {
        Path outside = tmp.resolve("nowhere");
        StateDirs plain = StateDirs.resolve(null, outside, env());
        assertEquals(tmp.resolve("sockets/default"), plain.socket());
        assertEquals(tmp.resolve("home/.local/state/grove/servers/default"), plain.stateDir());
        StateDirs given = StateDirs.resolve(tmp.resolve("x.sock"), outside, env());
        assertEquals(tmp.resolve("x.sock"), given.socket());
        assertNotEquals(plain.stateDir(), given.stateDir());
        assertTrue(given.repo().isEmpty());
    }
}
