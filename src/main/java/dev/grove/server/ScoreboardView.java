// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.server;

import dev.grove.coord.flow.Scoreboard;
import dev.grove.ui.Overlay;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * One client's open best-of scoreboard: the candidates as {@code grove compare} shows them, the
 * one chosen (marked and highlighted) and what keeping it does. Immutable; moving the choice
 * gives a new view. Used on the session thread.
 *
 * @param group the best-of run's name
 * @param rows the candidates, in order
 * @param chosen index of the chosen candidate
 * @param onKeep runs when the user keeps the chosen candidate
 */
record ScoreboardView(String group, List<Scoreboard.Candidate> rows, int chosen,
        Consumer<Scoreboard.Candidate> onKeep) {
    ScoreboardView {
        rows = List.copyOf(rows);
        chosen = Math.max(0, Math.min(chosen, rows.size() - 1));
    }

    /** This view with the choice moved by {@code delta} candidates (kept inside the list). */
    ScoreboardView move(int delta) {
        return new ScoreboardView(group, rows, chosen + delta, onKeep);
    }

    /** This view with the choice on the first ({@code first}) or the last candidate. */
    ScoreboardView toEnd(boolean first) {
        return new ScoreboardView(group, rows, first ? 0 : rows.size() - 1, onKeep);
    }

    /** Keeps the chosen candidate. */
    void keepChosen() {
        if (!rows.isEmpty()) {
            onKeep.accept(rows.get(chosen));
        }
    }

    /** The overlay: the scoreboard table, the chosen row marked with {@code >} in reverse video. */
    Overlay.TextView overlay() {
        List<String> table = Scoreboard.table(rows);
        List<String> lines = new ArrayList<>(table.size() + 2);
        lines.add("  " + table.get(0));
        for (int i = 1; i < table.size(); i++) {
            boolean marked = i - 1 == chosen;
            lines.add(marked ? "\033[7m> " + table.get(i) + "\033[0m" : "  " + table.get(i));
        }
        lines.add("");
        lines.add("Up/Down choose · m keeps the chosen one (merge it, archive the others) · q closes");
        return new Overlay.TextView("best-of " + group, lines, 0);
    }
}
