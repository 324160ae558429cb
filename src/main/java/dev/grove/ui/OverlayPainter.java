// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.ui;

import dev.grove.term.screen.Attrs;
import java.util.ArrayList;
import java.util.List;

/**
 * Draws the boxed overlays over the panes: help (every binding, in several columns when the
 * list is long and the screen wide), a one-line prompt, a yes/no question and a scrollable text
 * view whose lines may carry SGR colours. On a screen too small for a box the overlay fills the
 * screen without borders. History mode has no box; {@link HistoryPainter} draws it. Stateless.
 */
final class OverlayPainter {
    /** Widest keys column in the help overlay. */
    private static final int MAX_HELP_KEYS = 20;
    /** Widest description column in the help overlay before the screen's spare width is shared out. */
    private static final int MAX_HELP_DESCRIPTION = 48;

    private OverlayPainter() {}

    /** Draws {@code overlay}; returns the cursor position {row, col} it wants, or null to hide the cursor. */
    static int[] draw(Frame f, Overlay overlay, Looks looks) {
        if (overlay instanceof Overlay.Help) {
            help(f, (Overlay.Help) overlay, looks);
        } else if (overlay instanceof Overlay.Prompt) {
            return prompt(f, (Overlay.Prompt) overlay, looks);
        } else if (overlay instanceof Overlay.Confirm) {
            confirm(f, ((Overlay.Confirm) overlay).question(), looks);
        } else if (overlay instanceof Overlay.TextView) {
            textView(f, (Overlay.TextView) overlay, looks);
        }
        return null;
    }

    /** Columns a box's interior is narrower than the width asked of {@link #box}: a space on each side. */
    private static final int PADDING = 2;

    /** Draws a box centred on the screen; returns its interior. */
    private static Rect box(Frame f, int width, int height, String title, String footer, Looks looks) {
        int w = Math.min(width + 2, f.cols);
        int h = Math.min(height + 2, f.rows);
        if (w < 6 || h < 3) {
            f.fill(0, 0, f.rows, f.cols, ' ', looks.overlay);
            return new Rect(0, 0, f.cols, f.rows);
        }
        int col = (f.cols - w) / 2;
        int row = (f.rows - h) / 2;
        Look b = looks.overlayBorder;
        f.fill(row, col, h, w, ' ', looks.overlay);
        for (int c = col + 1; c < col + w - 1; c++) {
            f.set(row, c, '─', b);
            f.set(row + h - 1, c, '─', b);
        }
        for (int r = row + 1; r < row + h - 1; r++) {
            f.set(r, col, '│', b);
            f.set(r, col + w - 1, '│', b);
        }
        f.set(row, col, '╭', b);
        f.set(row, col + w - 1, '╮', b);
        f.set(row + h - 1, col, '╰', b);
        f.set(row + h - 1, col + w - 1, '╯', b);
        if (title != null) {
            f.text(row, col + 2, " " + TextWidth.fit(HeaderText.clean(title), w - 6) + " ", col + w - 2, b);
        }
        if (footer != null && TextWidth.of(footer) + 4 <= w) {
            f.text(row + h - 1, col + w - 2 - TextWidth.of(footer), footer, col + w - 2, b);
        }
        return new Rect(col + 2, row + 1, Math.max(0, w - 2 - PADDING), h - 2);
    }

    private static void help(Frame f, Overlay.Help help, Looks looks) {
        List<String[]> lines = new ArrayList<>();
        int keyWidth = 1;
        int descWidth = 1;
        for (String[] b : help.bindings()) {
            String keys = b.length > 0 && b[0] != null ? HeaderText.clean(b[0]) : "";
            String desc = b.length > 1 && b[1] != null ? HeaderText.clean(b[1]) : "";
            if (keys.isEmpty() && !lines.isEmpty()) {
                lines.add(new String[] {"", ""});
            }
            lines.add(new String[] {keys, desc});
            if (!keys.isEmpty()) {
                keyWidth = Math.max(keyWidth, TextWidth.of(keys));
            }
            descWidth = Math.max(descWidth, TextWidth.of(desc));
        }
        keyWidth = Math.min(MAX_HELP_KEYS, keyWidth);
        int column = keyWidth + 1 + Math.min(MAX_HELP_DESCRIPTION, descWidth);
        int height = Math.max(1, f.rows - 4);
        int columns = Math.max(1, Math.min((f.cols - 6 + 2) / (column + 2), (lines.size() + height - 1) / height));
        // Width the columns leave over goes to the descriptions, so long ones are not cut short.
        column = Math.max(column, Math.min(keyWidth + 1 + descWidth, (f.cols - 6 - (columns - 1) * 2) / columns));
        int page = columns * height;
        int scroll = Math.max(0, Math.min(help.scroll(), lines.size() - page));
        int shown = Math.min(page, lines.size() - scroll);
        int perColumn = Math.min(height, (shown + columns - 1) / columns);
        String footer = lines.size() > page
                ? " " + (scroll + 1) + "-" + (scroll + shown) + " of " + lines.size() + "  q: close "
                : " q or Escape: close ";
        Rect in = box(f, columns * column + (columns - 1) * 2 + 2, perColumn, "grove keys", footer, looks);
        int colWidth = columns == 1 ? in.cols() : (in.cols() - (columns - 1) * 2) / columns;
        for (int k = 0; k < columns; k++) {
            int left = in.col() + k * (colWidth + 2);
            for (int j = 0; j < perColumn && j < in.rows(); j++) {
                int idx = scroll + k * perColumn + j;
                if (idx < scroll + shown) {
                    helpLine(f, in.row() + j, left, left + colWidth, Math.min(keyWidth, colWidth / 2), lines.get(idx), looks);
                }
            }
        }
    }

    private static void helpLine(Frame f, int row, int left, int right, int keyWidth, String[] line, Looks looks) {
        if (line[0].isEmpty()) {
            Look heading = looks.overlay.withAttrs(Attrs.BOLD | Attrs.withUnderline(0, Attrs.UNDERLINE_SINGLE));
            f.text(row, left, TextWidth.fit(line[1], right - left), right, heading);
            return;
        }
        Look keys = looks.overlayBorder.over(looks.overlay);
        f.text(row, left, TextWidth.fit(line[0], keyWidth), left + keyWidth, keys);
        f.text(row, left + keyWidth + 1, TextWidth.fit(line[1], right - left - keyWidth - 1), right, looks.overlay);
    }

    /**
     * A one-line input field; a label too long to share the line with it (a question that says
     * what would be lost, say) is wrapped above the field, so all of it can be read.
     */
    private static int[] prompt(Frame f, Overlay.Prompt p, Looks looks) {
        String label = HeaderText.clean(p.label() == null ? "" : p.label());
        String text = HeaderText.clean(p.text() == null ? "" : p.text());
        int width = Math.min(Math.max(40, TextWidth.of(label) + TextWidth.of(text) + 3), Math.max(1, f.cols - 6));
        boolean inline = TextWidth.of(label) < width / 2;
        List<String> above = inline ? List.of() : wrap(label, width - PADDING);
        Rect in = box(f, width, above.size() + 1, null, " Enter: ok  Escape: cancel ", looks);
        int row = in.row() + Math.min(above.size(), in.rows() - 1);
        for (int i = 0; in.row() + i < row; i++) {
            f.text(in.row() + i, in.col(), above.get(i), in.endCol(), looks.overlay.withAttrs(Attrs.BOLD));
        }
        Look field = looks.prompt;
        f.fill(row, in.col(), 1, in.cols(), ' ', field);
        int col = inline ? f.text(row, in.col(), label + " ", in.endCol(), field.withAttrs(Attrs.BOLD)) : in.col();
        int room = in.endCol() - col - 1;
        int cursorIndex = Math.max(0, Math.min(p.cursor(), text.length()));
        int caret = TextWidth.of(text.substring(0, cursorIndex));
        int skip = Math.max(0, caret - room);
        f.text(row, col, dropColumns(text, skip), in.endCol(), field);
        return new int[] {row, Math.min(in.endCol() - 1, col + caret - skip)};
    }

    /** {@code s} without its first {@code cols} columns. */
    private static String dropColumns(String s, int cols) {
        int w = 0;
        int i = 0;
        while (i < s.length() && w < cols) {
            int cp = s.codePointAt(i);
            w += TextWidth.of(cp);
            i += Character.charCount(cp);
        }
        return s.substring(i);
    }

    private static void confirm(Frame f, String question, Looks looks) {
        int width = Math.min(60, Math.max(20, f.cols - 8));
        List<String> lines = wrap(HeaderText.clean(question == null ? "" : question), width - PADDING);
        Rect in = box(f, width, lines.size() + 2, "confirm", null, looks);
        for (int i = 0; i < lines.size() && i < in.rows(); i++) {
            f.text(in.row() + i, in.col(), lines.get(i), in.endCol(), looks.overlay.withAttrs(Attrs.BOLD));
        }
        if (in.rows() >= lines.size() + 2) {
            f.text(in.row() + lines.size() + 1, in.col(), "y: yes    n or Escape: no", in.endCol(), looks.overlay);
        }
    }

    private static void textView(Frame f, Overlay.TextView v, Looks looks) {
        List<String> lines = v.lines() == null ? List.of() : v.lines();
        int height = Math.max(1, f.rows - 4);
        int scroll = Math.max(0, Math.min(v.scroll(), lines.size() - height));
        int last = Math.min(lines.size(), scroll + height);
        String position = lines.isEmpty() ? " empty " : " " + (scroll + 1) + "-" + last + " of " + lines.size() + "  q: close ";
        Rect in = box(f, Math.max(1, f.cols - 6), height, v.title(), position, looks);
        for (int i = 0; i < in.rows() && scroll + i < lines.size(); i++) {
            String line = lines.get(scroll + i);
            SgrText.draw(f, in.row() + i, in.col(), in.endCol(), line == null ? "" : line, looks.overlay);
        }
    }

    /** Words of {@code text} wrapped to {@code width} columns; over-long words are cut. */
    private static List<String> wrap(String text, int width) {
        List<String> out = new ArrayList<>();
        for (String paragraph : text.split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.split(" ")) {
                int lw = TextWidth.of(line.toString());
                if (lw > 0 && lw + 1 + TextWidth.of(word) > width) {
                    out.add(line.toString());
                    line.setLength(0);
                }
                if (line.length() > 0) {
                    line.append(' ');
                }
                line.append(TextWidth.fit(word, width));
            }
            out.add(line.toString());
        }
        return out;
    }
}
