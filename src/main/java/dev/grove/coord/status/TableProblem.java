// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.coord.status;

/**
 * Something wrong in a hand-edited status file: the 1-based line it is on (0 when it concerns the
 * whole file) and a sentence saying what is wrong. A problem never stops the readable rows from
 * being used.
 */
public record TableProblem(int line, String reason) {

    /** {@code FILE:LINE: reason}, or {@code FILE: reason} for whole-file problems. */
    public String describe(String file) {
        return line > 0 ? file + ":" + line + ": " + reason : file + ": " + reason;
    }
}
