// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.git;

import java.nio.file.Path;
import java.util.List;

/**
 * Diff text exactly as git prints it (renames detected, binary files named), without colour:
 * callers style the lines themselves. Thread-safe.
 */
public final class DiffText {
    private final GitCli git;
    private final Path mainWorktree;

    public DiffText(GitCli git, RepoLayout layout) {
        this.git = git;
        this.mainWorktree = layout.mainWorktree();
    }

    /** {@code git diff --stat} between two commits, one line per file plus the summary. */
    public List<String> stat(String from, String to) {
        return lines(git.check(mainWorktree, "diff", "--no-color", "--stat=100", "-M", from, to));
    }

    /** {@code git diff} between two commits: the full unified diff. */
    public List<String> unified(String from, String to) {
        return lines(git.check(mainWorktree, "diff", "--no-color", "--no-ext-diff", "-M", from, to));
    }

    private static List<String> lines(String text) {
        return text.isEmpty() ? List.of() : text.lines().toList();
    }
}
