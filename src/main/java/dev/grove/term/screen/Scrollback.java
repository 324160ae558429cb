// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.term.screen;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The scrollback: a bounded ring of stored rows, oldest dropped first. Index 0 is the oldest
 * row, {@code size() - 1} the newest. Rows are packed one after another into shared byte pages,
 * so storing a row allocates nothing and a flood of output makes no garbage: a record holds the
 * row's used cells only (up to the last non-blank one), its text as one byte per cell when every
 * code point fits in Latin-1 (else four), and its styles as one style, as runs, or one per cell,
 * whichever is smallest. Underline colours, hyperlinks and combining marks are rare and kept
 * beside the ring. A page is reused once every row on it has been dropped. Confined to one thread.
 */
final class Scrollback {
    private static final int PAGE_BYTES = 64 << 10;
    /** Record header: length (2 bytes), flags (1), reserved (1), run count (2). */
    private static final int HEADER = 6;
    private static final int WRAPPED = 1;
    private static final int WIDE_TEXT = 2;
    private static final int STYLE_SINGLE = 0;
    private static final int STYLE_RUNS = 4;
    private static final int STYLE_PER_CELL = 8;
    private static final int STYLE_MODE = 12;
    /** Bytes of one style run: start column (2) and style (8). */
    private static final int RUN_BYTES = 10;
    private static final VarHandle INTS = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    /** The first ring capacity; the ring grows on demand up to the limit. */
    private static final int FIRST_CAPACITY = 64;

    /** A row's rare extras, each array as long as the row's used cells, or null. */
    private record Extras(int[] underline, String[] links, String[] combining) {}

    private final int limit;
    private int[] slotPage;
    private int[] slotOffset;
    private Extras[] slotExtras;
    private int start;
    private int size;
    /** Pages holding live rows, oldest first; {@code pages.get(0)} is page number {@link #firstPage}. */
    private final List<byte[]> pages = new ArrayList<>();
    private int firstPage;
    private int writeOffset;
    private byte[] spare;
    /** The row last looked up, and where its parts are. */
    private int cachedIndex = -1;
    private byte[] cPage;
    private int cLength;
    private int cFlags;
    private int cRuns;
    private int cText;
    private int cStyles;
    private Extras cExtras;

    Scrollback(int limit) {
        this.limit = Math.max(0, limit);
        allocateRing();
    }

    int limit() {
        return limit;
    }

    int size() {
        return size;
    }

    /** Appends a compact copy of {@code line} as the newest row, dropping the oldest when full. */
    void push(Line line) {
        if (limit == 0) {
            return;
        }
        if (size == limit) {
            dropOldest();
        } else if (size == slotPage.length) {
            growRing();
        }
        int length = line.usedLength();
        byte[] page = pageWithRoom(HEADER + length * (4 + 8 + RUN_BYTES));
        int at = writeOffset;
        int end = writeRecord(line, length, page, at);
        int slot = (start + size) % slotPage.length;
        slotPage[slot] = firstPage + pages.size() - 1;
        slotOffset[slot] = at;
        slotExtras[slot] = line.hasExtras() ? extrasOf(line, length) : null;
        writeOffset = end;
        size++;
        cachedIndex = -1;
    }

    /** Appends a row kept outside the ring (rows re-wrapped after a resize). */
    void push(StoredLine stored) {
        Line scratch = new Line(stored.length());
        stored.copyTo(0, scratch, 0, stored.length());
        scratch.wrapped = stored.wrapped();
        push(scratch);
    }

    /** A copy of row {@code index} outside the ring (for re-wrapping after a resize). */
    StoredLine get(int index) {
        locate(index);
        Line scratch = new Line(cLength);
        for (int c = 0; c < cLength; c++) {
            scratch.set(c, codePoint(index, c), style(index, c), underline(index, c), link(index, c));
            String marks = combining(index, c);
            int col = c;
            if (marks != null) {
                marks.codePoints().forEach(m -> scratch.addCombining(col, m));
            }
        }
        scratch.wrapped = wrapped(index);
        return StoredLine.of(scratch);
    }

    int length(int index) {
        locate(index);
        return cLength;
    }

    boolean wrapped(int index) {
        locate(index);
        return (cFlags & WRAPPED) != 0;
    }

    int codePoint(int index, int col) {
        locate(index);
        if (col >= cLength) {
            return 0;
        }
        return (cFlags & WIDE_TEXT) != 0 ? readInt(cPage, cText + 4 * col) : cPage[cText + col] & 0xff;
    }

    long style(int index, int col) {
        locate(index);
        if (col >= cLength) {
            return CellStyle.DEFAULT;
        }
        switch (cFlags & STYLE_MODE) {
            case STYLE_SINGLE:
                return readLong(cPage, cStyles);
            case STYLE_PER_CELL:
                return readLong(cPage, cStyles + 8 * col);
            default:
                return readLong(cPage, cStyles + RUN_BYTES * runAt(col) + 2);
        }
    }

    int underline(int index, int col) {
        locate(index);
        return cExtras == null || cExtras.underline() == null || col >= cLength ? 0 : cExtras.underline()[col];
    }

    String link(int index, int col) {
        locate(index);
        return cExtras == null || cExtras.links() == null || col >= cLength ? null : cExtras.links()[col];
    }

    String combining(int index, int col) {
        locate(index);
        return cExtras == null || cExtras.combining() == null || col >= cLength ? null : cExtras.combining()[col];
    }

    void clear() {
        pages.clear();
        firstPage = 0;
        writeOffset = 0;
        start = 0;
        size = 0;
        cachedIndex = -1;
        allocateRing();
    }

    /** Approximate heap bytes held by the pages and the ring. */
    long footprint() {
        long n = 16 + 9L * slotPage.length;
        for (byte[] page : pages) {
            n += 16 + page.length;
        }
        return n;
    }

    // ---- writing ----

    /** Writes {@code line}'s first {@code length} cells as a record at {@code at}; returns the record's end. */
    private static int writeRecord(Line line, int length, byte[] page, int at) {
        int[] cps = line.codePoints;
        long[] styles = line.styles;
        int text = at + HEADER;
        // The text as Latin-1 while it fits, then the number of style runs: two simple loops run
        // faster than one that does both in a server that compiles with C1 only.
        int orBits = 0;
        for (int c = 0; c < length; c++) {
            int cp = cps[c];
            orBits |= cp;
            page[text + c] = (byte) cp;
        }
        int runs = styleRuns(styles, length);
        boolean wide = (orBits & ~0xff) != 0;
        if (wide) {
            for (int c = 0; c < length; c++) {
                writeInt(page, text + 4 * c, cps[c]);
            }
        }
        int at2 = text + (wide ? 4 * length : length);
        int mode;
        if (runs <= 1) {
            mode = STYLE_SINGLE;
            writeLong(page, at2, length == 0 ? CellStyle.DEFAULT : styles[0]);
            at2 += 8;
        } else if (runs * RUN_BYTES < length * 8) {
            mode = STYLE_RUNS;
            at2 = writeRuns(styles, length, page, at2);
        } else {
            mode = STYLE_PER_CELL;
            for (int c = 0; c < length; c++) {
                writeLong(page, at2 + 8 * c, styles[c]);
            }
            at2 += 8 * length;
        }
        page[at] = (byte) length;
        page[at + 1] = (byte) (length >>> 8);
        page[at + 2] = (byte) ((line.wrapped ? WRAPPED : 0) | (wide ? WIDE_TEXT : 0) | mode);
        page[at + 4] = (byte) runs;
        page[at + 5] = (byte) (runs >>> 8);
        return at2;
    }

    /** The number of runs of equal styles among the first {@code length} cells. */
    private static int styleRuns(long[] styles, int length) {
        if (length == 0) {
            return 0;
        }
        long first = styles[0];
        int c = 1;
        while (c < length && styles[c] == first) {
            c++;
        }
        int runs = 1;
        for (; c < length; c++) {
            if (styles[c] != styles[c - 1]) {
                runs++;
            }
        }
        return runs;
    }

    private static int writeRuns(long[] styles, int length, byte[] page, int at) {
        for (int c = 0; c < length; c++) {
            if (c == 0 || styles[c] != styles[c - 1]) {
                page[at] = (byte) c;
                page[at + 1] = (byte) (c >>> 8);
                writeLong(page, at + 2, styles[c]);
                at += RUN_BYTES;
            }
        }
        return at;
    }

    private static Extras extrasOf(Line line, int length) {
        return new Extras(line.underline == null ? null : Arrays.copyOf(line.underline, length),
                line.links == null ? null : Arrays.copyOf(line.links, length),
                line.combining == null ? null : Arrays.copyOf(line.combining, length));
    }

    /** The newest page, or a new one when it has fewer than {@code bytes} left. */
    private byte[] pageWithRoom(int bytes) {
        if (!pages.isEmpty()) {
            byte[] last = pages.get(pages.size() - 1);
            if (last.length - writeOffset >= bytes) {
                return last;
            }
        }
        byte[] page = spare != null && spare.length >= bytes ? spare : new byte[Math.max(PAGE_BYTES, bytes)];
        spare = null;
        pages.add(page);
        writeOffset = 0;
        return page;
    }

    private void dropOldest() {
        slotExtras[start] = null;
        start = (start + 1) % slotPage.length;
        size--;
        int oldestLive = size > 0 ? slotPage[start] : firstPage + pages.size() - 1;
        while (firstPage < oldestLive) {
            spare = pages.remove(0);
            firstPage++;
        }
    }

    private void allocateRing() {
        int capacity = Math.min(limit, FIRST_CAPACITY);
        slotPage = new int[capacity];
        slotOffset = new int[capacity];
        slotExtras = new Extras[capacity];
    }

    private void growRing() {
        int capacity = Math.min(limit, Math.max(FIRST_CAPACITY, slotPage.length * 2));
        int[] pageOf = new int[capacity];
        int[] offsetOf = new int[capacity];
        Extras[] extras = new Extras[capacity];
        for (int i = 0; i < size; i++) {
            int from = (start + i) % slotPage.length;
            pageOf[i] = slotPage[from];
            offsetOf[i] = slotOffset[from];
            extras[i] = slotExtras[from];
        }
        slotPage = pageOf;
        slotOffset = offsetOf;
        slotExtras = extras;
        start = 0;
    }

    // ---- reading ----

    private void locate(int index) {
        if (index == cachedIndex) {
            return;
        }
        int slot = (start + index) % slotPage.length;
        byte[] page = pages.get(slotPage[slot] - firstPage);
        int at = slotOffset[slot];
        cPage = page;
        cLength = (page[at] & 0xff) | (page[at + 1] & 0xff) << 8;
        cFlags = page[at + 2];
        cRuns = (page[at + 4] & 0xff) | (page[at + 5] & 0xff) << 8;
        cText = at + HEADER;
        cStyles = cText + ((cFlags & WIDE_TEXT) != 0 ? 4 * cLength : cLength);
        cExtras = slotExtras[slot];
        cachedIndex = index;
    }

    /** The run that holds column {@code col} of the located row. */
    private int runAt(int col) {
        int lo = 0;
        int hi = cRuns - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            int startCol = (cPage[cStyles + RUN_BYTES * mid] & 0xff) | (cPage[cStyles + RUN_BYTES * mid + 1] & 0xff) << 8;
            if (startCol <= col) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    private static void writeInt(byte[] b, int i, int v) {
        INTS.set(b, i, v);
    }

    private static int readInt(byte[] b, int i) {
        return (int) INTS.get(b, i);
    }

    private static void writeLong(byte[] b, int i, long v) {
        LONGS.set(b, i, v);
    }

    private static long readLong(byte[] b, int i) {
        return (long) LONGS.get(b, i);
    }
}
