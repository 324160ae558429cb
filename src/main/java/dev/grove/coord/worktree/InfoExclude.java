// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.coord.worktree;

import dev.grove.config.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Adds grove's directories to {@code .git/info/exclude} (never to the team's
 * {@code .gitignore}), keeping the lines already there. Callers hold the registry lock.
 */
final class InfoExclude {
    private InfoExclude() {}

    /** Appends each missing pattern to {@code <commonDir>/info/exclude}. */
    static void ensure(Path commonDir, List<String> patterns) {
        Path file = commonDir.resolve("info").resolve("exclude");
        try {
            String text = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
            List<String> have = text.lines().map(String::strip).toList();
            StringBuilder next = new StringBuilder(text);
            boolean changed = false;
            for (String p : patterns) {
                if (!have.contains(p)) {
                    if (next.length() > 0 && next.charAt(next.length() - 1) != '\n') {
                        next.append('\n');
                    }
                    next.append(p).append('\n');
                    changed = true;
                }
            }
            if (changed) {
                Json.writeAtomically(file, next.toString());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot update " + file, e);
        }
    }
}
