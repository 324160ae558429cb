// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.config;

import dev.grove.common.UserError;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Set;

/**
 * The per-user directory holding server sockets: {@code GROVE_SOCKET_DIR}, else
 * {@code $XDG_RUNTIME_DIR/grove}, else {@code /tmp/grove-UID}. It is created with mode 0700 and
 * checked every time it is used (a directory, not a symbolic link, owned by this user's id, no
 * access for group or others). A wrong directory is refused, never repaired.
 */
public final class SocketDirs {
    /** Longest socket path the kernel accepts (sun_path is 108 bytes with the terminating NUL). */
    public static final int MAX_SOCKET_PATH = 107;

    private SocketDirs() {}

    /** The socket directory for this environment, created and checked. */
    public static Path privateDir(Map<String, String> env) {
        return ensurePrivate(locate(env));
    }

    /** Where the socket directory is for {@code env} (not created). */
    public static Path locate(Map<String, String> env) {
        String explicit = env.get("GROVE_SOCKET_DIR");
        if (explicit != null && !explicit.isEmpty()) {
            return Path.of(explicit).toAbsolutePath();
        }
        String runtime = env.get("XDG_RUNTIME_DIR");
        if (runtime != null && !runtime.isEmpty() && Files.isDirectory(Path.of(runtime))) {
            return Path.of(runtime, "grove");
        }
        return Path.of("/tmp", "grove-" + currentUid());
    }

    /** Creates {@code dir} with mode 0700 when missing, then checks it; returns it. */
    public static Path ensurePrivate(Path dir) {
        try {
            Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } catch (FileAlreadyExistsException e) {
            // Expected on every use after the first; the checks below decide whether it is usable.
            assert e.getFile() != null;
        } catch (IOException e) {
            throw new UserError("cannot create socket directory " + dir + ": " + e.getMessage(),
                    "set GROVE_SOCKET_DIR to a directory you own");
        }
        checkPrivate(dir, currentUid());
        return dir;
    }

    /** Refuses a socket directory that is a link, not a directory, not owned by user {@code uid}, or open to others. */
    static void checkPrivate(Path dir, int uid) {
        PosixFileAttributes attrs;
        try {
            attrs = Files.readAttributes(dir, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            throw new UserError("cannot inspect socket directory " + dir + ": " + e.getMessage());
        }
        String hint = "remove " + dir + " (grove creates it again with mode 0700), or set GROVE_SOCKET_DIR";
        if (attrs.isSymbolicLink()) {
            throw new UserError("socket directory " + dir + " is a symbolic link; grove does not follow it", hint);
        }
        if (!attrs.isDirectory()) {
            throw new UserError("socket directory " + dir + " is not a directory", hint);
        }
        if (ownerUid(dir) != uid) {
            throw new UserError("socket directory " + dir + " belongs to " + attrs.owner().getName()
                    + ", not to you (user id " + uid + ")", hint);
        }
        Set<PosixFilePermission> open = Set.of(PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_WRITE,
                PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.OTHERS_READ,
                PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);
        for (PosixFilePermission p : attrs.permissions()) {
            if (open.contains(p)) {
                throw new UserError("socket directory " + dir + " is accessible by other users (mode "
                        + PosixFilePermissions.toString(attrs.permissions()) + ")",
                        "run 'chmod 700 " + dir + "' or " + hint);
            }
        }
    }

    private static int ownerUid(Path dir) {
        try {
            return (Integer) Files.getAttribute(dir, "unix:uid", LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            throw new UserError("cannot inspect socket directory " + dir + ": " + e.getMessage());
        }
    }

    /** Refuses a socket path longer than the kernel allows, naming it. */
    public static Path checkLength(Path socket) {
        int length = socket.toString().getBytes(StandardCharsets.UTF_8).length;
        if (length > MAX_SOCKET_PATH) {
            throw new UserError("socket path is " + length + " bytes, longer than the " + MAX_SOCKET_PATH
                    + " the system allows: " + socket,
                    "set GROVE_SOCKET_DIR to a shorter directory or pass a shorter -S/--socket path");
        }
        return socket;
    }

    /** The numeric id of the user running this process. */
    public static int currentUid() {
        try {
            return (Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read this process's user id", e);
        }
    }
}
