// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.term.screen;

/**
 * A read-only, live view of a terminal screen and its scrollback, for renderers and tests.
 *
 * <p>Coordinates: {@code row} 0 is the top visible row and {@code rows() - 1} the bottom one;
 * rows {@code -1 .. -historySize()} are scrollback, {@code -1} the newest. {@code col} is 0-based.
 * Reads outside the screen are not allowed. Not thread-safe: read on the thread that feeds the
 * emulator.
 *
 * <p>Cells: {@link #codePoint} is 0 for a cell never written or erased (shown as a space), and
 * {@link #WIDE_SPACER} for the right half of a wide character. Colours are encoded by
 * {@link Colors}, attributes by {@link Attrs}.
 */
public interface ScreenView {
    /** Code point stored in the right half of a wide character. */
    int WIDE_SPACER = -1;

    int cols();

    int rows();

    /** Number of scrollback lines currently held (0 on the alternate screen). */
    int historySize();

    /** The cell's base code point, 0 for an empty cell, {@link #WIDE_SPACER} for a wide spacer. */
    int codePoint(int row, int col);

    /** Combining marks attached to the cell's base character, or null when there are none. */
    String combining(int row, int col);

    /** The cell's attribute flags, see {@link Attrs}. */
    int attrs(int row, int col);

    /** The cell's foreground colour, see {@link Colors}. */
    int fg(int row, int col);

    /** The cell's background colour, see {@link Colors}. */
    int bg(int row, int col);

    /** The cell's underline colour (SGR 58), see {@link Colors}; {@link Colors#DEFAULT} follows fg. */
    int underlineColor(int row, int col);

    /** The OSC 8 hyperlink URI on this cell, or null. */
    String hyperlink(int row, int col);

    /** True when the row was soft-wrapped: its text continues on the next row. */
    boolean wrapped(int row);

    /**
     * A number that changes whenever the visible row's content or style changes (including when
     * scrolling moves other content into it). Renderers cache it to skip unchanged rows.
     * Only for visible rows.
     */
    long rowVersion(int row);

    int cursorRow();

    int cursorCol();

    boolean cursorVisible();
}
