// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.git;

import java.util.List;

/** What one git process did: its arguments, exit code and captured output (UTF-8). */
public record GitResult(List<String> args, int exitCode, String out, String err) {
    public boolean ok() {
        return exitCode == 0;
    }

    /** git's own reason on one line: stderr (or stdout when stderr is empty), lines joined, at most 300 characters. */
    public String reason() {
        String text = (err.isBlank() ? out : err).strip();
        if (text.isEmpty()) {
            return "exit code " + exitCode;
        }
        String line = String.join(" ", text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList());
        return line.length() <= 300 ? line : line.substring(0, 297) + "...";
    }
}
