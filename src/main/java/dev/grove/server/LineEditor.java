// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.server;

import dev.grove.keys.InputEvent;
import dev.grove.keys.KeyCode;
import dev.grove.keys.Modifiers;
import dev.grove.ui.Overlay;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * A one-line prompt being edited by one client (new pane name, command line, search text):
 * printable keys insert, Backspace/Delete/arrows/Home/End/Ctrl-U edit, Enter submits, Escape or
 * Ctrl-C cancels. Confined to the session thread.
 */
final class LineEditor {
    /** What a key did to the prompt. */
    enum Result { EDITING, SUBMITTED, CANCELLED }

    private final String label;
    private final Consumer<String> onSubmit;
    private final StringBuilder text = new StringBuilder();
    private int cursor;

    LineEditor(String label, String initial, Consumer<String> onSubmit) {
        this.label = label;
        this.onSubmit = onSubmit;
        text.append(initial);
        cursor = text.length();
    }

    Overlay.Prompt overlay() {
        return new Overlay.Prompt(label, text.toString(), cursor);
    }

    /** Applies a key; on Enter runs the submit action with the text. */
    Result key(InputEvent.Key key) {
        if (key.code() == KeyCode.ENTER) {
            onSubmit.accept(text.toString());
            return Result.SUBMITTED;
        }
        if (key.code() == KeyCode.ESCAPE || key.is('c', Modifiers.CTRL) || key.is('g', Modifiers.CTRL)) {
            return Result.CANCELLED;
        }
        edit(key);
        return Result.EDITING;
    }

    /** Inserts pasted text (control characters removed). */
    void paste(byte[] bytes) {
        insert(new String(bytes, StandardCharsets.UTF_8).replaceAll("\\p{Cntrl}", " "));
    }

    private void edit(InputEvent.Key key) {
        if (key.code() == KeyCode.BACKSPACE || key.is('h', Modifiers.CTRL)) {
            if (cursor > 0) {
                int start = text.offsetByCodePoints(cursor, -1);
                text.delete(start, cursor);
                cursor = start;
            }
        } else if (key.code() == KeyCode.DELETE) {
            if (cursor < text.length()) {
                text.delete(cursor, text.offsetByCodePoints(cursor, 1));
            }
        } else if (key.code() == KeyCode.LEFT) {
            cursor = cursor > 0 ? text.offsetByCodePoints(cursor, -1) : 0;
        } else if (key.code() == KeyCode.RIGHT) {
            cursor = cursor < text.length() ? text.offsetByCodePoints(cursor, 1) : cursor;
        } else if (key.code() == KeyCode.HOME || key.is('a', Modifiers.CTRL)) {
            cursor = 0;
        } else if (key.code() == KeyCode.END || key.is('e', Modifiers.CTRL)) {
            cursor = text.length();
        } else if (key.is('u', Modifiers.CTRL)) {
            text.delete(0, cursor);
            cursor = 0;
        } else if (key.code() == KeyCode.CHAR && (key.modifiers() & (Modifiers.CTRL | Modifiers.ALT)) == 0) {
            insert(new String(Character.toChars(key.codePoint())));
        }
    }

    private void insert(String s) {
        text.insert(cursor, s);
        cursor += s.length();
    }
}
