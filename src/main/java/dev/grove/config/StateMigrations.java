// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.config;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Brings a {@code state.json} written by an older grove up to {@link SavedState#SCHEMA}, one
 * step per schema version, on the JSON tree before it is read into records. Schema 1 is the
 * first, so there are no steps yet; a change to {@link SavedState} or {@link SavedPane} that an
 * older file cannot be read into adds one here (for example, schema 2 adding agents: a step that
 * sets {@code "schema": 2} and leaves the new fields absent). Stateless.
 */
final class StateMigrations {
    /** One step: turns a tree of schema {@code from} into one of schema {@code from + 1}. */
    record Step(int from, String description, UnaryOperator<ObjectNode> apply) {}

    private final List<Step> steps;

    StateMigrations(List<Step> steps) {
        this.steps = List.copyOf(steps);
    }

    /** The migrations of this grove. */
    static StateMigrations standard() {
        return new StateMigrations(List.of());
    }

    /** The schema a file ends at after {@link #migrate}: one past the last step, or {@link SavedState#SCHEMA}. */
    int newest() {
        return steps.isEmpty() ? SavedState.SCHEMA : steps.get(steps.size() - 1).from() + 1;
    }

    /**
     * Applies every step from {@code schema} on.
     *
     * @throws IllegalStateException when a step is missing for some version on the way
     */
    ObjectNode migrate(ObjectNode tree, int schema) {
        ObjectNode t = tree;
        for (int v = schema; v < newest(); v++) {
            Step step = step(v);
            t = step.apply().apply(t);
            t.put("schema", v + 1);
        }
        return t;
    }

    private Step step(int from) {
        for (Step s : steps) {
            if (s.from() == from) {
                return s;
            }
        }
        throw new IllegalStateException("no migration from state schema " + from);
    }
}
