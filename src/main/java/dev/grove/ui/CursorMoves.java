// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.ui;

/**
 * Writes the shortest cursor movement between two positions: nothing, CR, CR LF, relative moves
 * (CUU/CUD/CUF/CUB), column moves (CHA) or an absolute move (CUP), whichever takes the fewest
 * bytes. An unknown start position (-1) always gets CUP. Stateless.
 */
final class CursorMoves {
    private CursorMoves() {}

    static void write(OutputBuffer b, int fromRow, int fromCol, int toRow, int toCol, int rows) {
        if (fromRow < 0 || fromCol < 0) {
            cup(b, toRow, toCol);
            return;
        }
        int vertical = toRow == fromRow ? 0 : csiLength(Math.abs(toRow - fromRow));
        boolean crlf = toCol == 0 && toRow == fromRow + 1 && toRow < rows;
        int horizontal = horizontalLength(fromCol, toCol);
        int relative = vertical + horizontal;
        int absolute = cupLength(toRow, toCol);
        if (crlf && 2 <= Math.min(relative, absolute)) {
            b.write('\r');
            b.write('\n');
        } else if (relative <= absolute) {
            if (toRow != fromRow) {
                csi(b, Math.abs(toRow - fromRow), toRow > fromRow ? 'B' : 'A');
            }
            horizontal(b, fromCol, toCol);
        } else {
            cup(b, toRow, toCol);
        }
    }

    /** The cheapest way along a row: none, CR, a relative move, CR then a move right, or CHA. */
    private enum Horizontal { NONE, CR, RELATIVE, CR_RIGHT, COLUMN }

    private static Horizontal horizontalKind(int from, int to) {
        if (from == to) {
            return Horizontal.NONE;
        }
        if (to == 0) {
            return Horizontal.CR;
        }
        int relative = csiLength(Math.abs(to - from));
        int viaCr = 1 + csiLength(to);
        int cha = 3 + digits(to + 1);
        if (relative <= viaCr && relative <= cha) {
            return Horizontal.RELATIVE;
        }
        return viaCr <= cha ? Horizontal.CR_RIGHT : Horizontal.COLUMN;
    }

    private static int horizontalLength(int from, int to) {
        switch (horizontalKind(from, to)) {
            case NONE: return 0;
            case CR: return 1;
            case RELATIVE: return csiLength(Math.abs(to - from));
            case CR_RIGHT: return 1 + csiLength(to);
            default: return 3 + digits(to + 1);
        }
    }

    private static void horizontal(OutputBuffer b, int from, int to) {
        switch (horizontalKind(from, to)) {
            case NONE:
                return;
            case CR:
                b.write('\r');
                return;
            case RELATIVE:
                csi(b, Math.abs(to - from), to > from ? 'C' : 'D');
                return;
            case CR_RIGHT:
                b.write('\r');
                csi(b, to, 'C');
                return;
            default:
                b.write(0x1b);
                b.write('[');
                b.number(to + 1).write('G');
        }
    }

    private static void csi(OutputBuffer b, int n, char finalByte) {
        b.write(0x1b);
        b.write('[');
        if (n != 1) {
            b.number(n);
        }
        b.write(finalByte);
    }

    private static void cup(OutputBuffer b, int row, int col) {
        b.write(0x1b);
        b.write('[');
        if (row != 0 || col != 0) {
            b.number(row + 1);
            if (col != 0) {
                b.write(';');
                b.number(col + 1);
            }
        }
        b.write('H');
    }

    private static int cupLength(int row, int col) {
        if (row == 0 && col == 0) {
            return 3;
        }
        return 3 + digits(row + 1) + (col == 0 ? 0 : 1 + digits(col + 1));
    }

    /** Length of {@code ESC [ n X} (n omitted when 1). */
    private static int csiLength(int n) {
        return n == 1 ? 3 : 3 + digits(n);
    }

    private static int digits(int n) {
        return n < 10 ? 1 : n < 100 ? 2 : n < 1000 ? 3 : n < 10000 ? 4 : 5;
    }
}
