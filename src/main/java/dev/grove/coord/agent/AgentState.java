// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.coord.agent;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** What an agent is doing, as shown in the Status column. */
public enum AgentState {
    STARTING("Starting"),
    IN_PROGRESS("In progress"),
    WAITING("Waiting for input"),
    IDLE("Idle"),
    RATE_LIMITED("Rate-limited"),
    BLOCKED("Blocked"),
    COMPLETE("Complete"),
    FAILED("Failed"),
    MERGED("Merged");

    /** Words an agent or a person may write in the Status column, by the state they mean. */
    private static final Map<AgentState, List<String>> WORDS = Map.of(
            STARTING, List.of("starting", "launching"),
            IN_PROGRESS, List.of("in progress", "inprogress", "working", "running", "busy", "active"),
            WAITING, List.of("waiting for input", "waiting", "needs input", "needs you", "awaiting input",
                    "question", "approval"),
            IDLE, List.of("idle", "ready"),
            RATE_LIMITED, List.of("rate limited", "ratelimited", "limited", "usage limit"),
            BLOCKED, List.of("blocked"),
            COMPLETE, List.of("complete", "completed", "done", "finished", "success"),
            FAILED, List.of("failed", "failure", "error", "errored", "crashed"),
            MERGED, List.of("merged"));

    private static final Pattern NON_LETTERS = Pattern.compile("[^a-z]+");

    private final String label;

    AgentState(String label) {
        this.label = label;
    }

    /** The text grove writes in the Status column. */
    public String label() {
        return label;
    }

    /**
     * The state a Status cell (or a rule's state name) names, read leniently: case, dashes and
     * underscores do not matter and the text may go on after the state ("Blocked: needs the API").
     * Empty for text that names no state.
     */
    public static Optional<AgentState> parse(String text) {
        String t = NON_LETTERS.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
        AgentState best = null;
        int bestLength = 0;
        for (Map.Entry<AgentState, List<String>> e : WORDS.entrySet()) {
            for (String word : e.getValue()) {
                boolean matches = t.equals(word) || t.startsWith(word + " ");
                if (matches && word.length() > bestLength) {
                    best = e.getKey();
                    bestLength = word.length();
                }
            }
        }
        return Optional.ofNullable(best);
    }
}
