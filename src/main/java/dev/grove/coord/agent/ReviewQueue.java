// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.coord.agent;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Finished agents waiting for a person's review, in the order they finished. An agent enters when
 * it reaches Complete or its process exits; entering again while queued keeps its first place; an
 * agent that was reviewed and finishes again (more work after review) enters again at the end.
 * Not thread-safe; owned by the session thread. {@link #items} and {@link #of} let the server
 * save and restore it with its state.
 */
public final class ReviewQueue {
    /** One queued agent and when it finished. */
    public record Item(String agent, Instant finishedAt) {}

    private final List<Item> items = new ArrayList<>();

    /** An empty queue. */
    public ReviewQueue() {}

    /** A queue holding {@code saved} (as returned by {@link #items}), ordered by finish time. */
    public static ReviewQueue of(List<Item> saved) {
        ReviewQueue q = new ReviewQueue();
        saved.stream().sorted(Comparator.comparing(Item::finishedAt)).forEach(i -> q.enter(i.agent(), i.finishedAt()));
        return q;
    }

    /** {@code agent} finished at {@code at}; no effect when it is already queued. */
    public void enter(String agent, Instant at) {
        if (indexOf(agent) < 0) {
            items.add(new Item(agent, at));
        }
    }

    /** The agent that has waited longest for review. */
    public Optional<Item> next() {
        return items.isEmpty() ? Optional.empty() : Optional.of(items.get(0));
    }

    /** The next agent after {@code agent} in the queue (wrapping around), for a "next" key. */
    public Optional<Item> after(String agent) {
        if (items.isEmpty()) {
            return Optional.empty();
        }
        int i = indexOf(agent);
        return Optional.of(items.get((i + 1) % items.size()));
    }

    /** A person reviewed {@code agent} (or it was merged or removed): it leaves the queue. */
    public void markReviewed(String agent) {
        int i = indexOf(agent);
        if (i >= 0) {
            items.remove(i);
        }
    }

    public boolean contains(String agent) {
        return indexOf(agent) >= 0;
    }

    public int size() {
        return items.size();
    }

    /** The queue in review order. */
    public List<Item> items() {
        return List.copyOf(items);
    }

    private int indexOf(String agent) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).agent().equals(agent)) {
                return i;
            }
        }
        return -1;
    }
}
