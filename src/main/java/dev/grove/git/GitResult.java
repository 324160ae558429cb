// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.git;

import java.util.List;

/** What one git process did: its arguments, exit code and captured output (UTF-8). */
public record GitResult(List<String> args, int exitCode, String out, String err) {
    public boolean ok() {
        return exitCode == 0;
    }

    /** The first line of stderr (or stdout when stderr is empty), trimmed: git's own one-line reason. */
    public String reason() {
        String text = err.isBlank() ? out : err;
        return text.strip().lines().findFirst().orElse("exit code " + exitCode);
    }
}
