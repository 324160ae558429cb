// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.coord.status;

import dev.grove.config.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/**
 * Where the status file is. {@code mainWorktree} and {@code commonGitDir} are null when the file
 * was named by {@code GROVE_STATUS_FILE} outside any repository.
 */
public record StatusLocation(Path file, Path mainWorktree, Path commonGitDir) {

    /** The status file at this location, stamping Last Update with {@code clock}. */
    public StatusFile open(Clock clock) {
        return new StatusFile(file, clock);
    }

    /**
     * Adds the status file's top-level directory under the main worktree (normally
     * {@code /coordination/}) to {@code info/exclude} of the repository, unless a line already
     * names it, so the file never shows up as untracked. Does nothing for a file outside the
     * main worktree.
     */
    public void ensureExcluded() {
        if (mainWorktree == null || commonGitDir == null || !file.startsWith(mainWorktree)
                || file.equals(mainWorktree)) {
            return;
        }
        Path rel = mainWorktree.relativize(file);
        String pattern = "/" + rel.getName(0) + (rel.getNameCount() > 1 ? "/" : "");
        Path exclude = commonGitDir.resolve("info").resolve("exclude");
        try {
            String text = Files.exists(exclude) ? Files.readString(exclude, StandardCharsets.UTF_8) : "";
            if (names(text, pattern)) {
                return;
            }
            String sep = text.isEmpty() || text.endsWith("\n") ? "" : "\n";
            Json.writeAtomically(exclude, text + sep + pattern + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot update " + exclude, e);
        }
    }

    private static boolean names(String excludeText, String pattern) {
        String bare = pattern.replaceAll("^/|/$", "");
        for (String line : excludeText.split("\n", -1)) {
            String l = line.strip();
            if (List.of(pattern, bare, "/" + bare, bare + "/").contains(l)) {
                return true;
            }
        }
        return false;
    }
}
