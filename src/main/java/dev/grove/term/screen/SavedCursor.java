// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.term.screen;

/**
 * Everything DECSC saves, as xterm does: position, pending wrap, pen (style, underline colour,
 * hyperlink), character sets and origin mode. Each buffer (main, alternate) has its own.
 */
record SavedCursor(int row, int col, boolean pendingWrap, long pen, int underline, String link,
        Charsets charsets, boolean originMode) {}
