// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.git;

/**
 * A git command failed where grove expected it to succeed: an environment problem or a bug,
 * not a user mistake (those become {@code UserError} before a command is run). Carries the
 * command and git's own message.
 */
public final class GitFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient GitResult result;

    public GitFailure(GitResult result) {
        super("git " + String.join(" ", result.args()) + " failed (exit " + result.exitCode() + "): "
                + result.err().strip());
        this.result = result;
    }

    public GitResult result() {
        return result;
    }
}
