// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.git;

/** Size of a change: files touched, lines added and removed (binary files count as files only). */
public record DiffStat(int files, int insertions, int deletions) {
    public static final DiffStat EMPTY = new DiffStat(0, 0, 0);

    @Override
    public String toString() {
        return files + (files == 1 ? " file" : " files") + ", +" + insertions + " -" + deletions;
    }
}
