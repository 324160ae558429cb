// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.grove.common.UserError;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SocketDirsTest {
    private static final String ME = System.getProperty("user.name");

    @TempDir
    Path tmp;

    @Test
    void createsAPrivateDirectory() {
        Path dir = SocketDirs.ensurePrivate(tmp.resolve("grove"));
        assertEquals("rwx------", perms(dir));
    }

    @Test
    void refusesADirectoryOthersCanEnterAndDoesNotFixIt() throws IOException {
        Path dir = Files.createDirectory(tmp.resolve("open"));
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        UserError e = assertThrows(UserError.class, () -> SocketDirs.ensurePrivate(dir));
        assertTrue(e.getMessage().contains("accessible by other users"), e.getMessage());
        assertEquals("rwxr-xr-x", perms(dir));
    }

    @Test
    void refusesASymbolicLinkEvenToAPrivateDirectory() throws IOException {
        Path real = SocketDirs.ensurePrivate(tmp.resolve("real"));
        Path link = Files.createSymbolicLink(tmp.resolve("link"), real);
        UserError e = assertThrows(UserError.class, () -> SocketDirs.ensurePrivate(link));
        assertTrue(e.getMessage().contains("symbolic link"), e.getMessage());
    }

    @Test
    void refusesADirectoryOfAnotherUser() {
        Path dir = SocketDirs.ensurePrivate(tmp.resolve("mine"));
        UserError e = assertThrows(UserError.class, () -> SocketDirs.checkPrivate(dir, SocketDirs.currentUid() + 1));
        assertTrue(e.getMessage().contains("belongs to " + ME), e.getMessage());
    }

    @Test
    void refusesAFile() throws IOException {
        Path file = Files.createFile(tmp.resolve("file"));
        assertThrows(UserError.class, () -> SocketDirs.ensurePrivate(file));
    }

    @Test
    void locationFollowsTheEnvironment() {
        assertEquals(Path.of("/x/y"), SocketDirs.locate(Map.of("GROVE_SOCKET_DIR", "/x/y")));
        assertEquals(tmp.resolve("grove"), SocketDirs.locate(Map.of("XDG_RUNTIME_DIR", tmp.toString())));
        assertEquals(Path.of("/tmp/grove-" + SocketDirs.currentUid()), SocketDirs.locate(Map.of()));
    }

    @Test
    void overLongSocketPathsAreAClearError() {
        Path longPath = tmp.resolve("d".repeat(120)).resolve("s");
        UserError e = assertThrows(UserError.class, () -> SocketDirs.checkLength(longPath));
        assertTrue(e.getMessage().contains("longer than the 107"), e.getMessage());
        assertEquals(tmp.resolve("s"), SocketDirs.checkLength(tmp.resolve("s")));
    }

    private static String perms(Path p) {
        try {
            return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
