// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.config;

/**
 * One agent in the review queue as {@code state.json} keeps it. Immutable.
 *
 * @param agent the agent's name
 * @param finishedAt when it finished, an ISO-8601 instant
 */
public record SavedReview(String agent, String finishedAt) {
    public SavedReview {
        if (agent == null || agent.isBlank() || finishedAt == null) {
            throw new IllegalArgumentException("a saved review needs an agent and a time");
        }
    }
}
