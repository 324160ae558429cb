// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.grove.common.UserError;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a repository's {@code .grove/config.json} would run on this machine: its setup commands
 * and its agent profiles (each one's full definition, one line per profile). That content is
 * untrusted; it runs only when the user approved exactly it for this repository
 * ({@link Approvals}). One list covers both, so one approval allows both and a change to either
 * asks again. Immutable.
 *
 * @param mainWorktree the repository's main worktree
 * @param content the setup commands, then {@code agent profile NAME: {...}} per profile; empty
 *     when the file runs nothing
 */
public record RepoTrust(Path mainWorktree, List<String> content) {
    public RepoTrust {
        content = List.copyOf(content);
    }

    /**
     * The content of {@code mainWorktree}'s config, with {@code setup} as its setup commands.
     *
     * @throws UserError when the agent profiles cannot be read
     */
    public static RepoTrust of(Path mainWorktree, List<String> setup) {
        List<String> content = new ArrayList<>(setup);
        for (Map.Entry<String, AgentProfileConfig> e : AgentProfiles.read(file(mainWorktree)).entrySet()) {
            content.add("agent profile " + e.getKey() + ": " + oneLine(e.getValue()));
        }
        return new RepoTrust(mainWorktree, content);
    }

    /** The content of {@code mainWorktree}'s config as it is on disk now. */
    public static RepoTrust load(Path mainWorktree) {
        return of(mainWorktree, RepoConfig.load(mainWorktree).setup());
    }

    /** The content the user has not approved yet: all of it, or empty when it was approved (or is empty). */
    public List<String> awaitingApproval(Approvals approvals) {
        return approvals.isApproved(mainWorktree, content) ? List.of() : content;
    }

    /** Records that the user approved this exact content. */
    public void approve(Approvals approvals) {
        approvals.approve(mainWorktree, content);
    }

    /**
     * Throws unless this content was approved on this machine.
     *
     * @throws UserError naming the file and what is awaiting approval, with how to approve it
     */
    public void require(Approvals approvals) {
        if (awaitingApproval(approvals).isEmpty()) {
            return;
        }
        throw new UserError("the setup commands and agent profiles in " + file(mainWorktree)
                + " are not approved on this machine: " + String.join("; ", content),
                "read them, then run again with --approve (grove new NAME --approve, grove resume NAME --approve) "
                        + "to allow this exact content on this machine");
    }

    private static Path file(Path mainWorktree) {
        return mainWorktree.resolve(RepoConfig.PATH);
    }

    private static String oneLine(AgentProfileConfig profile) {
        try {
            return Json.mapper().writer().without(SerializationFeature.INDENT_OUTPUT).writeValueAsString(profile);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise an agent profile", e);
        }
    }
}
