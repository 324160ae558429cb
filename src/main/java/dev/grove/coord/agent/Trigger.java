// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.coord.agent;

import java.util.Optional;

/** Why an agent needs a person. {@link #id} is the value of {@code GROVE_TRIGGER} for hooks. */
public enum Trigger {
    /** No output for the configured time (10 minutes by default) while In progress. */
    SILENCE("silence"),
    /** Many error lines within a few minutes. */
    REPEATED_ERRORS("errors"),
    /** An approval or a question is waiting for an answer. */
    WAITING_FOR_INPUT("waiting"),
    /** The agent changed files outside its declared scope. */
    OUT_OF_SCOPE("scope"),
    /** The agent's process exited with a non-zero code. */
    NON_ZERO_EXIT("exit");

    private final String id;

    Trigger(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** The trigger whose {@link #id} is {@code id}. */
    public static Optional<Trigger> byId(String id) {
        for (Trigger t : values()) {
            if (t.id.equals(id)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
