// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.git;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A git version such as 2.39.5, parsed from {@code git --version}. */
public record GitVersion(int major, int minor, int patch) implements Comparable<GitVersion> {
    /** Oldest git grove works with at all ({@code git worktree remove}, porcelain lists). */
    public static final GitVersion MINIMUM = new GitVersion(2, 17, 0);
    /** Oldest git with {@code merge-tree --write-tree}: rename-aware merge prediction. */
    public static final GitVersion MERGE_TREE = new GitVersion(2, 38, 0);

    private static final Pattern VERSION = Pattern.compile("git version (\\d+)\\.(\\d+)(?:\\.(\\d+))?");

    /** Parses the output of {@code git --version}; throws IllegalArgumentException if it is not one. */
    public static GitVersion parse(String versionOutput) {
        Matcher m = VERSION.matcher(versionOutput);
        if (!m.find()) {
            throw new IllegalArgumentException("not a git version: " + versionOutput.strip());
        }
        int patch = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
        return new GitVersion(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), patch);
    }

    public boolean atLeast(GitVersion other) {
        return compareTo(other) >= 0;
    }

    @Override
    public int compareTo(GitVersion o) {
        if (major != o.major) {
            return Integer.compare(major, o.major);
        }
        if (minor != o.minor) {
            return Integer.compare(minor, o.minor);
        }
        return Integer.compare(patch, o.patch);
    }

    @Override
    public String toString() {
        return major + "." + minor + "." + patch;
    }
}
