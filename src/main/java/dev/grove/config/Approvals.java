// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.config;

import dev.grove.common.Sha256;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * This machine's record of approved setup command lists. A repository's setup commands are
 * untrusted input; they run only when this exact list (same commands, same order) was approved
 * for this repository before. Kept in {@code approvals.json} under the user's state directory
 * ({@code $GROVE_STATE_DIR}, else {@code $XDG_STATE_HOME/grove}, else
 * {@code ~/.local/state/grove}). Safe across threads and processes.
 */
public final class Approvals {
    private final Path file;

    /** One approved list: repository main worktree, SHA-256 of the list, the list, when. */
    public record Entry(String repo, String sha256, List<String> commands, String approvedAt) {}

    /** The file's contents. */
    public record Store(List<Entry> approved) {
        public Store {
            approved = approved == null ? List.of() : List.copyOf(approved);
        }
    }

    public Approvals(Path file) {
        this.file = file;
    }

    /** The approvals of the current user on this machine. */
    public static Approvals forUser() {
        return new Approvals(stateDir().resolve("approvals.json"));
    }

    /** The user's grove state directory (see the class comment). */
    public static Path stateDir() {
        String own = System.getenv("GROVE_STATE_DIR");
        if (own != null && !own.isBlank()) {
            return Path.of(own);
        }
        String xdg = System.getenv("XDG_STATE_HOME");
        if (xdg != null && !xdg.isBlank()) {
            return Path.of(xdg, "grove");
        }
        return Path.of(System.getProperty("user.home"), ".local", "state", "grove");
    }

    public Path file() {
        return file;
    }

    /** Whether {@code commands} were approved for the repository at {@code repo}. An empty list needs no approval. */
    public boolean isApproved(Path repo, List<String> commands) {
        if (commands.isEmpty()) {
            return true;
        }
        String key = key(repo, commands);
        return read().approved().stream().anyMatch(e -> e.sha256().equals(key));
    }

    /** Records that the user approved {@code commands} for the repository at {@code repo}. */
    public void approve(Path repo, List<String> commands) {
        String key = key(repo, commands);
        FileLocks.withLock(lockFile(), () -> {
            Store store = read();
            if (store.approved().stream().noneMatch(e -> e.sha256().equals(key))) {
                List<Entry> next = new ArrayList<>(store.approved());
                next.add(new Entry(repo.toString(), key, List.copyOf(commands), Instant.now().toString()));
                Json.writeAtomically(file, Json.write(new Store(next)));
            }
            return null;
        });
    }

    private Store read() {
        return Files.exists(file) ? Json.read(file, Store.class) : new Store(List.of());
    }

    private Path lockFile() {
        return file.resolveSibling(file.getFileName() + ".lock");
    }

    private static String key(Path repo, List<String> commands) {
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        text.writeBytes(repo.toAbsolutePath().normalize().toString().getBytes(StandardCharsets.UTF_8));
        for (String c : commands) {
            text.write(0);
            text.writeBytes(c.getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(Sha256.digest(text.toByteArray()));
    }
}
