// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.git;

/** A file whose state in a worktree differs from its commit, and how. */
public record UncommittedFile(String path, Kind kind) {
    /** How the file differs; when several apply, the first in this order wins. */
    public enum Kind { CONFLICTED, STAGED, MODIFIED, DELETED, UNTRACKED }
}
