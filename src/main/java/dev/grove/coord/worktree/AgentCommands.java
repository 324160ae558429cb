// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.coord.worktree;

import dev.grove.common.UserError;
import dev.grove.config.RepoConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Turns a profile name or an explicit command into the agent's command line. Profiles come
 * from {@code .grove/config.json} ({@code agents}) or are the built-in agent CLIs run by name;
 * {@code shell} (and no choice at all) is the user's shell. Stateless.
 */
final class AgentCommands {
    private static final Set<String> BUILT_IN = Set.of("claude", "codex", "aider", "gemini");

    private AgentCommands() {}

    static List<String> resolve(RepoConfig config, NewAgent req) {
        List<String> cmd = new ArrayList<>(base(config, req));
        if (req.prompt() != null && !req.prompt().isEmpty()) {
            if (req.command().isEmpty() && req.profile() == null) {
                throw new UserError("--prompt needs an agent to receive it",
                        "add --agent PROFILE or a command after --");
            }
            cmd.add(req.prompt());
        }
        return cmd;
    }

    private static List<String> base(RepoConfig config, NewAgent req) {
        if (!req.command().isEmpty()) {
            return req.command();
        }
        String profile = req.profile();
        if (profile == null || profile.equals("shell")) {
            String shell = System.getenv("SHELL");
            return List.of(shell == null || shell.isBlank() ? "/bin/sh" : shell);
        }
        List<String> configured = config.agents().get(profile);
        if (configured != null && !configured.isEmpty()) {
            return configured;
        }
        if (BUILT_IN.contains(profile)) {
            return List.of(profile);
        }
        Set<String> known = new TreeSet<>(BUILT_IN);
        known.add("shell");
        known.addAll(config.agents().keySet());
        throw new UserError("unknown agent profile '" + profile + "'",
                "use one of " + known + ", or give the command after --");
    }
}
