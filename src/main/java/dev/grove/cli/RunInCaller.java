// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.cli;

/**
 * Thrown by a command the server runs for a client ({@link CliContext#inServer()}) when it needs
 * the caller's own process after all (a question on its terminal, setup output that should
 * stream as it comes), always before anything was changed: the caller then runs it itself.
 */
final class RunInCaller extends RuntimeException {
    private static final long serialVersionUID = 1L;

    RunInCaller(String why) {
        super(why, null, false, false);
    }
}
