// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.coord.worktree;

import java.util.List;

/**
 * A request for a new agent worktree ({@code grove new}). Optional fields are null when not given.
 *
 * @param name agent name: worktree directory and branch suffix
 * @param task what the agent is asked to do (may be empty)
 * @param base base ref; null for the main worktree's current branch
 * @param branch branch to use or reuse; null for the configured prefix plus the name
 * @param scope globs of the files the agent is meant to change; empty for anything
 * @param profile agent profile from {@code .grove/config.json} or a built-in one; null when
 *     {@code command} is given or for the user's shell
 * @param command explicit command line; empty when a profile or the shell is used
 * @param prompt first prompt, appended to the command line and exported as GROVE_PROMPT; may be null
 * @param socket the server socket, exported as GROVE_SOCKET; may be null
 */
public record NewAgent(String name, String task, String base, String branch, List<String> scope, String profile,
        List<String> command, String prompt, String socket) {
    public NewAgent {
        task = task == null ? "" : task;
        scope = scope == null ? List.of() : List.copyOf(scope);
        command = command == null ? List.of() : List.copyOf(command);
    }

    /** A request with only a name and a command, everything else defaulted. */
    public static NewAgent named(String name, List<String> command) {
        return new NewAgent(name, "", null, null, List.of(), null, command, null, null);
    }
}
