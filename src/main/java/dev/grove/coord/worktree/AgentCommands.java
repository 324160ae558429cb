// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.coord.worktree;

import dev.grove.config.RepoConfig;
import dev.grove.config.UserConfig;
import dev.grove.coord.agent.AgentProfile;
import dev.grove.coord.agent.ProfileRegistry;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns a request's profile or explicit command into the agent's command line. Profiles come
 * from the {@link ProfileRegistry} (built-in, then {@code .grove/config.json}, then the user's
 * config); no choice at all means the {@code shell} profile. An explicit command gets the prompt
 * as its last argument; a profile passes it as it says (arguments, or typed later by the server).
 */
final class AgentCommands {
    private static final String DEFAULT_PROFILE = "shell";

    private AgentCommands() {}

    static List<String> resolve(Path mainWorktree, NewAgent req) {
        if (!req.command().isEmpty()) {
            List<String> cmd = new ArrayList<>(req.command());
            if (req.prompt() != null && !req.prompt().isEmpty()) {
                cmd.add(req.prompt());
            }
            return cmd;
        }
        ProfileRegistry profiles = ProfileRegistry.load(mainWorktree.resolve(RepoConfig.PATH), UserConfig.defaultFile());
        AgentProfile profile = profiles.lookup(req.profile() == null ? DEFAULT_PROFILE : req.profile());
        String home = System.getenv("GROVE_HOME");
        return profile.launchArgv(req.prompt(), home == null ? Map.of() : Map.of("grove_home", home));
    }
}
