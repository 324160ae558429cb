// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.coord.worktree;

import dev.grove.config.FileLocks;
import dev.grove.config.Json;
import dev.grove.git.RepoLayout;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;

/**
 * The task files inside the main worktree that grove ticks off as batch tasks succeed
 * ({@code - [x]}). Those ticks are grove's own edits to a file the user handed in, so they do not
 * make the main worktree too dirty to merge into. Kept in {@code <common git dir>/grove/checklists.json}
 * as paths relative to the main worktree, under a file lock; safe across processes.
 */
public final class TickedChecklists {
    private final Path mainWorktree;
    private final Path file;

    public TickedChecklists(RepoLayout layout) {
        this.mainWorktree = layout.mainWorktree();
        this.file = layout.stateDir().resolve("checklists.json");
    }

    /** Records {@code checklist} as ticked by grove; a file outside the main worktree is left out. */
    public void add(Path checklist) {
        String relative = relative(checklist);
        if (relative == null) {
            return;
        }
        FileLocks.withLock(file.resolveSibling("checklists.lock"), () -> {
            Set<String> paths = load();
            if (paths.add(relative)) {
                Json.writeAtomically(file, Json.write(paths));
            }
            return null;
        });
    }

    /** The ticked checklists, relative to the main worktree with {@code /} separators. */
    public Set<String> paths() {
        return Files.exists(file) ? load() : Set.of();
    }

    private Set<String> load() {
        return Files.exists(file) ? new TreeSet<>(Arrays.asList(Json.read(file, String[].class))) : new TreeSet<>();
    }

    private String relative(Path checklist) {
        Path main = real(mainWorktree);
        Path abs = real(checklist.toAbsolutePath().normalize());
        if (!abs.startsWith(main) || abs.equals(main)) {
            return null;
        }
        return main.relativize(abs).toString().replace('\\', '/');
    }

    private static Path real(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException e) {
            return p.toAbsolutePath().normalize();
        }
    }
}
