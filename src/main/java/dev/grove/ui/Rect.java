// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.ui;

/** A rectangle of screen cells: top-left corner (0-based) and size. An empty rect has no cells. */
public record Rect(int col, int row, int cols, int rows) {
    public static final Rect EMPTY = new Rect(0, 0, 0, 0);

    public boolean contains(int row, int col) {
        return row >= this.row && row < this.row + rows && col >= this.col && col < this.col + cols;
    }

    public boolean isEmpty() {
        return cols <= 0 || rows <= 0;
    }

    /** One past the last column. */
    public int endCol() {
        return col + cols;
    }

    /** One past the last row. */
    public int endRow() {
        return row + rows;
    }
}
