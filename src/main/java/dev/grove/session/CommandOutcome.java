// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.session;

/** The result of a command run in the server: exit code and the text for the caller's stdout and stderr. */
public record CommandOutcome(int exitCode, String out, String err) {
    public static CommandOutcome ok(String out) {
        return new CommandOutcome(0, out, "");
    }

    public static CommandOutcome failed(String err) {
        return new CommandOutcome(1, "", err);
    }
}
