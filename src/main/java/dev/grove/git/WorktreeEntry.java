// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.git;

import java.nio.file.Path;
import java.util.Optional;

/**
 * One worktree as {@code git worktree list --porcelain} reports it.
 *
 * @param branch short branch name, empty when detached
 * @param prunable git considers the worktree gone (its directory was deleted)
 */
public record WorktreeEntry(Path path, String head, Optional<String> branch, boolean prunable) {}
