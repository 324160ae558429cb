// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.config;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Brings a {@code state.json} written by an older grove up to {@link SavedState#SCHEMA}, one
 * step per schema version, on the JSON tree before it is read into records. A change to
 * {@link SavedState} or {@link SavedPane} that an older file cannot be read into adds a step
 * here. Stateless.
 *
 * <ul>
 *   <li>1 to 2: panes gain {@code agent} (the agent a pane ran; a schema 1 file did not record
 *       it, so it stays absent and the server fills it in from the agent registry once it runs)
 *       and the state gains {@code reviewQueue} (empty: schema 1 did not keep the queue).
 * </ul>
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
        return new StateMigrations(List.of(new Step(1, "panes gain their agent, the state its review queue",
                StateMigrations::addReviewQueue)));
    }

    private static ObjectNode addReviewQueue(ObjectNode tree) {
        if (!tree.has("reviewQueue")) {
            tree.putArray("reviewQueue");
        }
        return tree;
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
