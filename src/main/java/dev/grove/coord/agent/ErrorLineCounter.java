// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.coord.agent;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Counts error lines that appear on a pane's screen, within a sliding time window. An error line
 * is new when the screen holds more rows with that exact text than the previous screen did, so
 * redraws and scrolling do not count twice, while the same error printed again does. Not
 * thread-safe.
 */
final class ErrorLineCounter {
    private final List<Pattern> patterns;
    private final Duration window;
    private final Deque<Instant> seen = new ArrayDeque<>();
    private Map<String, Integer> previous = Map.of();
    private String lastLine;

    ErrorLineCounter(List<Pattern> patterns, Duration window) {
        this.patterns = List.copyOf(patterns);
        this.window = window;
    }

    /** Takes a new screen seen at {@code now}. */
    void observe(ScreenLines screen, Instant now) {
        Map<String, Integer> current = new HashMap<>();
        for (String row : screen.rows()) {
            if (isError(row)) {
                current.merge(row.strip(), 1, Integer::sum);
            }
        }
        for (Map.Entry<String, Integer> e : current.entrySet()) {
            int added = e.getValue() - previous.getOrDefault(e.getKey(), 0);
            for (int i = 0; i < added; i++) {
                seen.addLast(now);
                lastLine = e.getKey();
            }
        }
        previous = current;
    }

    /** Error lines seen within the window ending at {@code now}. */
    int count(Instant now) {
        Instant cutoff = now.minus(window);
        while (!seen.isEmpty() && seen.peekFirst().isBefore(cutoff)) {
            seen.removeFirst();
        }
        return seen.size();
    }

    /** When the oldest error line in the window was seen (call {@link #count} first). */
    Instant oldest() {
        return seen.peekFirst();
    }

    /** The text of the error line seen last, or null. */
    String lastLine() {
        return lastLine;
    }

    private boolean isError(String row) {
        for (Pattern p : patterns) {
            if (p.matcher(row).find()) {
                return true;
            }
        }
        return false;
    }
}
