// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.ui;

import java.util.List;

/** Things drawn over the panes; at most one at a time. */
public sealed interface Overlay permits Overlay.Help, Overlay.Prompt, Overlay.Confirm, Overlay.TextView, Overlay.History {

    /**
     * Every key binding: {keys, description} pairs as {@code Bindings.help()} returns them (a
     * pair with empty keys is a section heading). {@code scroll} is the first line shown when
     * the list is longer than the screen.
     */
    record Help(List<String[]> bindings, int scroll) implements Overlay {
        public Help(List<String[]> bindings) {
            this(bindings, 0);
        }
    }

    /** A one-line text prompt; {@code cursor} is the caret's index in {@code text} (in chars). */
    record Prompt(String label, String text, int cursor) implements Overlay {}

    /** A yes/no question. */
    record Confirm(String question) implements Overlay {}

    /**
     * A scrollable text view (review/diff view, scoreboard, state reasons). Lines may carry SGR
     * colour sequences ({@code ESC [ ... m}); other control characters are not shown.
     * {@code scroll} is the index of the first line shown.
     */
    record TextView(String title, List<String> lines, int scroll) implements Overlay {}

    /**
     * History (copy) mode on the focused pane. {@code scrollBack} lines scrolled back (it
     * replaces the pane's own scrollBack); {@code search} is highlighted where it occurs (null or
     * empty for none). The selection runs from start to end (inclusive, any order) in the
     * screen view's row coordinates (negative rows are scrollback, see ScreenView); the end is
     * where the copy cursor sits. {@code selStartRow == NO_SELECTION} means nothing is selected
     * and the copy cursor is at (selEndRow, selEndCol).
     */
    record History(int scrollBack, String search, int selStartRow, int selStartCol,
                   int selEndRow, int selEndCol) implements Overlay {
        public static final int NO_SELECTION = Integer.MIN_VALUE;

        public boolean hasSelection() {
            return selStartRow != NO_SELECTION;
        }
    }
}
