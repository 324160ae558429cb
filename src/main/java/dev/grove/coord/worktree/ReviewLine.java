// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.coord.worktree;

/** One line of a review (grove diff, the UI's review view), with what kind of line it is for styling. */
public record ReviewLine(Kind kind, String text) {
    /** What a line is; renderers pick colours by kind. */
    public enum Kind { TITLE, FINDING, NOTE, COMMIT, STAT, FILE_HEADER, HUNK, ADDED, REMOVED, CONTEXT }

    /** Classifies one line of {@code git diff} output. */
    static ReviewLine ofDiff(String line) {
        if (line.startsWith("diff --git ") || line.startsWith("index ") || line.startsWith("--- ")
                || line.startsWith("+++ ") || line.startsWith("new file mode") || line.startsWith("deleted file mode")
                || line.startsWith("similarity index") || line.startsWith("rename from") || line.startsWith("rename to")
                || line.startsWith("old mode") || line.startsWith("new mode") || line.startsWith("Binary files")) {
            return new ReviewLine(Kind.FILE_HEADER, line);
        }
        if (line.startsWith("@@")) {
            return new ReviewLine(Kind.HUNK, line);
        }
        if (line.startsWith("+")) {
            return new ReviewLine(Kind.ADDED, line);
        }
        if (line.startsWith("-")) {
            return new ReviewLine(Kind.REMOVED, line);
        }
        return new ReviewLine(Kind.CONTEXT, line);
    }
}
