// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.coord.agent;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One screen rule of a profile: when {@code pattern} is found in the last {@code lines} non-blank
 * rows of the screen (all rows when 0), the agent is in {@code state}. Patterns are compiled in
 * MULTILINE mode, so {@code ^} and {@code $} work per row. Immutable.
 */
public record ScreenRule(String name, AgentState state, Pattern pattern, int lines) {
    private static final int MAX_MATCH_TEXT = 200;
    private static final Pattern LINE_BREAK = Pattern.compile("\\s*\\n\\s*");

    /** The match on {@code screen}, if any. */
    public Optional<RuleMatch> match(ScreenLines screen) {
        Matcher m = pattern.matcher(screen.tail(lines));
        if (!m.find()) {
            return Optional.empty();
        }
        String text = LINE_BREAK.matcher(m.group().strip()).replaceAll(" / ");
        if (text.length() > MAX_MATCH_TEXT) {
            text = text.substring(0, MAX_MATCH_TEXT) + "…";
        }
        return Optional.of(new RuleMatch(this, text));
    }
}
