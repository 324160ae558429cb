// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.coord.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The review queue: finish order, re-entry after review, saving and restoring. */
class ReviewQueueTest {
    private static final Instant T = Instant.parse("2024-05-01T12:00:00Z");

    private static List<String> agents(ReviewQueue q) {
        return q.items().stream().map(ReviewQueue.Item::agent).collect(Collectors.toList());
    }

    @Test
    void agentsAreReviewedInTheOrderTheyFinished() {
        ReviewQueue q = new ReviewQueue();
        q.enter("auth", T);
        q.enter("api", T.plusSeconds(60));
        q.enter("auth", T.plusSeconds(120));
        assertEquals(List.of("auth", "api"), agents(q));
        assertEquals(2, q.size());
        assertEquals(Optional.of(new ReviewQueue.Item("auth", T)), q.next());
        q.markReviewed("auth");
        assertEquals("api", q.next().orElseThrow().agent());
        assertFalse(q.contains("auth"));
        q.enter("auth", T.plusSeconds(300));
        assertEquals(List.of("api", "auth"), agents(q), "finished again after review: back at the end");
    }

    @Test
    void afterWrapsAroundForANextKey() {
        ReviewQueue q = new ReviewQueue();
        assertEquals(Optional.empty(), q.after("x"));
        q.enter("a", T);
        q.enter("b", T.plusSeconds(1));
        assertEquals("b", q.after("a").orElseThrow().agent());
        assertEquals("a", q.after("b").orElseThrow().agent());
        assertEquals("a", q.after("not-queued").orElseThrow().agent());
        q.markReviewed("nobody");
        assertEquals(2, q.size());
    }

    @Test
    void aSavedQueueIsRestoredInFinishOrder() {
        ReviewQueue q = ReviewQueue.of(List.of(new ReviewQueue.Item("late", T.plusSeconds(9)),
                new ReviewQueue.Item("early", T)));
        assertEquals(List.of("early", "late"), agents(q));
    }
}
