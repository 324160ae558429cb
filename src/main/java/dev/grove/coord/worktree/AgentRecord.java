// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.coord.worktree;

import java.util.List;
import java.util.Map;

/**
 * One agent's entry in the registry: its worktree, branch, base, leases and life so far.
 * Timestamps are ISO-8601 instants (null when not reached). Immutable.
 *
 * @param name the agent's name (also the worktree directory's name)
 * @param branchCreated whether grove created the branch (it is then deleted on removal)
 * @param baseRef the base as given ({@code main}, {@code origin/main}, a commit)
 * @param baseCommit the commit {@code baseRef} pointed at when the worktree was created
 * @param worktree absolute path of the worktree
 * @param slot the lease slot (1-based), 0 once released
 * @param ports leased port variables
 * @param values per-worktree values from templates
 * @param scope globs of the files the agent is meant to change (empty: anything)
 * @param profile agent profile name, or null for an explicit command
 * @param command the agent's command line
 * @param mergedHead the branch head that was merged (later commits are not merged)
 * @param archiveRef the archive ref written on forced removal
 */
public record AgentRecord(
        String name,
        String task,
        String branch,
        boolean branchCreated,
        String baseRef,
        String baseCommit,
        String worktree,
        int slot,
        Map<String, Integer> ports,
        Map<String, String> values,
        List<String> scope,
        String profile,
        List<String> command,
        Phase phase,
        String createdAt,
        String mergedAt,
        String mergedInto,
        String mergedHead,
        String archivedAt,
        String archiveRef) {

    /** Where an agent is in its life. */
    public enum Phase {
        /** Reserved; the worktree is being created. */
        CREATING,
        /** Worktree ready, agent working or idle. */
        ACTIVE,
        /** Its branch landed on the target; the worktree may still exist. */
        MERGED,
        /** Removed with its full state saved under {@code archiveRef}. */
        ARCHIVED
    }

    public AgentRecord {
        ports = ports == null ? Map.of() : Map.copyOf(ports);
        values = values == null ? Map.of() : Map.copyOf(values);
        scope = scope == null ? List.of() : List.copyOf(scope);
        command = command == null ? List.of() : List.copyOf(command);
        task = task == null ? "" : task;
    }

    /** Whether the agent holds a worktree and a lease (not archived). */
    public boolean live() {
        return phase != Phase.ARCHIVED;
    }

    public AgentRecord withPhase(Phase next) {
        return new AgentRecord(name, task, branch, branchCreated, baseRef, baseCommit, worktree, slot, ports,
                values, scope, profile, command, next, createdAt, mergedAt, mergedInto, mergedHead, archivedAt,
                archiveRef);
    }

    /** This record after its branch head {@code head} landed on {@code into}. */
    public AgentRecord merged(String at, String into, String head) {
        return new AgentRecord(name, task, branch, branchCreated, baseRef, baseCommit, worktree, slot, ports,
                values, scope, profile, command, Phase.MERGED, createdAt, at, into, head, archivedAt, archiveRef);
    }

    /** This record after removal with an archive: lease released. */
    public AgentRecord archived(String at, String ref) {
        return new AgentRecord(name, task, branch, branchCreated, baseRef, baseCommit, worktree, 0, Map.of(),
                values, scope, profile, command, Phase.ARCHIVED, createdAt, mergedAt, mergedInto, mergedHead, at,
                ref);
    }
}
