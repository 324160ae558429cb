// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.pty;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The processes of one terminal session, found in {@code /proc} by session id. A pty child is
 * the leader of its own session, so its background jobs, and children that ignore the hang-up,
 * stay members of that session after it exits (only a child that calls {@code setsid} leaves).
 * Linux only. Stateless.
 */
final class SessionProcesses {
    private static final Path PROC = Path.of("/proc");

    private SessionProcesses() {}

    /** Process ids whose session id is {@code sid}. */
    static List<Long> members(long sid) {
        List<Long> pids = new ArrayList<>();
        try (DirectoryStream<Path> dirs = Files.newDirectoryStream(PROC, "[0-9]*")) {
            for (Path dir : dirs) {
                if (sessionOf(dir) == sid) {
                    pids.add(Long.parseLong(dir.getFileName().toString()));
                }
            }
        } catch (IOException e) {
            System.getLogger(SessionProcesses.class.getName()).log(System.Logger.Level.WARNING,
                    "cannot list processes: " + e);
        }
        return pids;
    }

    /** The session id in {@code /proc/PID/stat}, or -1 when the process is gone. */
    private static long sessionOf(Path procDir) {
        try {
            String stat = Files.readString(procDir.resolve("stat"), StandardCharsets.US_ASCII);
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[3]);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** Sends SIGTERM, or SIGKILL when {@code force}, to every member of session {@code sid}. */
    static void signal(long sid, boolean force) {
        for (long pid : members(sid)) {
            ProcessHandle.of(pid).ifPresent(p -> {
                if (force) {
                    p.destroyForcibly();
                } else {
                    p.destroy();
                }
            });
        }
    }
}
