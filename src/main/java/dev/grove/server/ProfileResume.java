// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.server;

import dev.grove.config.Approvals;
import dev.grove.config.RepoConfig;
import dev.grove.config.RepoTrust;
import dev.grove.config.SavedAgent;
import dev.grove.config.SavedPane;
import dev.grove.coord.agent.AgentProfile;
import dev.grove.coord.agent.ProfileRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Resumes an agent's pane lost with a stopped server with its profile's resume command
 * ({@link AgentProfile#resumeArgv}), e.g. one that continues the agent's conversation. Profiles
 * are read again at each resume, and a repository's config must be approved on this machine
 * ({@link RepoTrust}) first. Plain panes, agents started with an explicit command and agents of a
 * batch (whose command wraps the agent's) start their original command again. Stateless.
 */
final class ProfileResume implements ResumeCommands {
    private final Path mainWorktree;
    private final Path userConfig;
    private final Approvals approvals;
    private final String groveHome;

    /** {@code groveHome} fills the profiles' {@code {grove_home}} when the pane's environment has none; may be null. */
    ProfileResume(Path mainWorktree, Path userConfig, Approvals approvals, String groveHome) {
        this.mainWorktree = mainWorktree;
        this.userConfig = userConfig;
        this.approvals = approvals;
        this.groveHome = groveHome;
    }

    /**
     * {@inheritDoc}
     *
     * @throws dev.grove.common.UserError when the repository's config is not approved, or the
     *     profile is unknown or invalid now
     */
    @Override
    public List<String> resumeCommand(SavedPane pane) {
        SavedAgent agent = pane.agent();
        if (agent == null || agent.profile() == null || agent.batch() != null) {
            return pane.command();
        }
        Path repoConfig = mainWorktree.resolve(RepoConfig.PATH);
        RepoTrust.load(mainWorktree).require(approvals);
        ProfileRegistry profiles = ProfileRegistry.load(Files.exists(repoConfig) ? repoConfig : null,
                Files.exists(userConfig) ? userConfig : null);
        String home = pane.extraEnv().getOrDefault("GROVE_HOME", groveHome);
        return profiles.lookup(agent.profile()).resumeArgv(pane.extraEnv().get("GROVE_PROMPT"),
                home == null ? Map.of() : Map.of("grove_home", home));
    }
}
