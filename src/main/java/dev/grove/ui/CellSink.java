// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.ui;

/**
 * Where the frame writer sends a frame's changes, in grove's cell terms: cursor moves, styles
 * (attributes and colours as {@code Attrs} and {@code Colors} encode them), glyphs and erases.
 * Implemented by grove's client terminal (bytes to a client) and by an adapter over any Lanterna
 * terminal. Confined to one thread.
 */
interface CellSink {
    /** Forgets what the terminal shows and its cursor and style state, before a full redraw. */
    void reset();

    /** Called once before the first change of a frame. */
    void beginFrame();

    void moveTo(int row, int col);

    /** The style for the following glyphs and erases. */
    void style(int attrs, int fg, int bg, int underlineColor);

    /** The hyperlink (OSC 8 URI) for the following glyphs, or null for none. */
    void link(String uri);

    /** Draws one glyph (a base code point and its combining marks, or null) {@code width} columns wide at the cursor, which advances. */
    void glyph(int codePoint, String marks, int width);

    /** Blanks {@code n} cells from the cursor in the current style; the cursor stays. */
    void eraseChars(int n);

    /** Blanks from the cursor to the end of the line in the current style; the cursor stays. */
    void eraseToEndOfLine();

    /**
     * Ends the frame: puts the cursor at (row, col) and shows it, or hides it, and sends
     * everything in one flush. Writes nothing when the frame changed nothing.
     *
     * @return bytes sent to the client, or 0 when this sink does not count bytes
     */
    int endFrame(int row, int col, boolean visible);
}
