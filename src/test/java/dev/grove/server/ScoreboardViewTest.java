// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.grove.coord.flow.Scoreboard;
import dev.grove.ui.Overlay;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The scoreboard overlay: the chosen candidate stays inside the list, is marked, and is the one kept. */
class ScoreboardViewTest {
    private static Scoreboard.Candidate candidate(String name, String check) {
        return new Scoreboard.Candidate(name, "succeeded", check, 3, 1, List.of("a.txt"), 12, "active", "clean", null);
    }

    @Test
    void theChoiceMovesWithinTheCandidatesAndTheChosenOneIsKept() {
        List<String> kept = new ArrayList<>();
        ScoreboardView board = new ScoreboardView("fix", List.of(candidate("fix-1", "failed"),
                candidate("fix-2", "passed"), candidate("fix-3", "passed")), 0, c -> kept.add(c.name()));
        assertEquals(0, board.move(-1).chosen());
        assertEquals(2, board.move(1).move(1).move(1).chosen());
        assertEquals(2, board.toEnd(false).chosen());
        board.move(1).keepChosen();
        assertEquals(List.of("fix-2"), kept);
    }

    @Test
    void theOverlayShowsTheTableWithTheChosenRowMarked() {
        ScoreboardView board = new ScoreboardView("fix", List.of(candidate("fix-1", "failed"),
                candidate("fix-2", "passed")), 1, c -> { });
        Overlay.TextView view = board.overlay();
        assertEquals("best-of fix", view.title());
        assertTrue(view.lines().get(0).contains("CANDIDATE"), view.lines().get(0));
        assertTrue(view.lines().get(1).startsWith("  fix-1"), view.lines().get(1));
        assertTrue(view.lines().get(2).startsWith("\033[7m> fix-2") && view.lines().get(2).contains("+3 -1"),
                view.lines().get(2));
        assertTrue(view.lines().get(view.lines().size() - 1).contains("m keeps the chosen one"));
    }
}
