// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.git;

/**
 * A cheap summary of a worktree's observable state: a hash of the sizes and modification times
 * of its git metadata and of the files grove already knows to be changed, plus the newest of
 * those times. Equal fingerprints mean a full status would very likely give the same answer.
 *
 * @param hash combined sizes and times
 * @param newestMillis newest modification time of the worktree's own files (index, reflog, changed
 *     files), epoch milliseconds: its last activity
 */
public record Fingerprint(long hash, long newestMillis) {}
