// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.git;

import java.nio.file.Path;

/**
 * Where a repository lives: its main worktree and its common git dir (shared by every linked
 * worktree). grove keeps its per-repository files in {@link #stateDir()}.
 */
public record RepoLayout(Path mainWorktree, Path commonDir) {
    /** {@code <common git dir>/grove}: registry, setup logs, pane logs. */
    public Path stateDir() {
        return commonDir.resolve("grove");
    }
}
