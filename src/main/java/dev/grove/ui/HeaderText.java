// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.ui;

/**
 * The labels on a pane's header row, drawn over its border line:
 * {@code ─ 2 api ! ─ Waiting for input ─ vim main.go ───── [zoom] ─}. The number and name come
 * first and are kept longest; the status and title are shortened or dropped when the pane is
 * narrow. Stateless.
 */
final class HeaderText {
    private HeaderText() {}

    static void draw(Frame f, Rect o, int index, UiModel model, Looks looks, String tag) {
        PaneModel pane = model.panes().get(index);
        boolean focused = index == model.focused();
        int row = o.row();
        int end = o.endCol() - 1;
        if (o.cols() < 3) {
            f.text(row, o.col(), Integer.toString(index + 1), o.endCol(), looks.title);
            return;
        }
        if (tag != null && !tag.isEmpty()) {
            String t = " " + TextWidth.fit(clean(tag), Math.max(0, o.cols() / 2 - 2)) + " ";
            int w = TextWidth.of(t);
            if (w + 6 < o.cols()) {
                f.text(row, end - w, t, end, focused ? looks.borderFocused : looks.border);
                end -= w + 1;
            }
        }
        Look nameLook = focused ? looks.titleFocused : pane.attention() ? looks.titleAttention : looks.title;
        String name = (index + 1) + " " + (pane.name() == null ? "" : clean(pane.name())) + (pane.attention() ? " !" : "");
        int col = o.col() + 1;
        col = f.text(row, col, " " + TextWidth.fit(name, end - col - 2) + " ", end, nameLook) + 1;
        String status = pane.status() == null ? "" : clean(pane.status());
        if (!status.isEmpty() && end - col >= 6) {
            Look statusLook = looks.status(status, looks.title);
            col = f.text(row, col, " " + TextWidth.fit(status, end - col - 2) + " ", end, statusLook) + 1;
        }
        String title = pane.title() == null ? "" : clean(pane.title());
        if (!title.isEmpty() && end - col >= 6) {
            f.text(row, col, " " + TextWidth.fit(title, end - col - 2) + " ", end, looks.title);
        }
    }

    /** Text from programs and users with control characters (escape sequences) replaced, so nothing reaches the client's terminal raw. */
    static String clean(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || (c >= 0x7f && c < 0xa0)) {
                if (sb == null) {
                    sb = new StringBuilder(s.length()).append(s, 0, i);
                }
                sb.append(c == '\t' ? ' ' : '?');
            } else if (sb != null) {
                sb.append(c);
            }
        }
        return sb == null ? s : sb.toString();
    }
}
