// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.term;

import dev.grove.term.parse.VtParser;
import dev.grove.term.screen.Screen;
import dev.grove.term.screen.ScreenSnapshot;
import dev.grove.term.screen.ScreenView;
import java.util.List;
import java.util.Objects;

/**
 * A terminal emulator: feed it the bytes a program writes and read the screen it would show.
 * xterm is the reference where terminals disagree. Queries are answered through the
 * {@link ReplySink}; clipboard writes, bells and notifications are collected for the embedding
 * program to take.
 *
 * <p>Pure: no threads, no I/O, no clock (time is passed in where it matters). Not thread-safe:
 * one owner feeds it and reads it.
 */
public final class Emulator {
    /** Default scrollback length in lines. */
    public static final int DEFAULT_SCROLLBACK = 10_000;
    /** How long synchronized output (mode 2026) may hold back drawing before it is ignored. */
    public static final long SYNC_TIMEOUT_NANOS = 1_000_000_000L;

    private final Screen screen;
    private final ModeState modes;
    private final Palette palette = new Palette(0xe5e5e5, 0x000000);
    private final Dispatcher dispatcher;
    private final VtParser parser;
    private long version;
    private long seenContent = -1;
    private int seenCursor;
    private String seenTitle = "";
    private long syncSince = -1;
    private ScreenSnapshot lastSnapshot;

    /**
     * An emulator of {@code cols x rows} cells (each clamped to 1..{@link Screen#MAX_SIZE}) keeping
     * {@code scrollbackLines} lines of scrollback, sending replies to {@code replies}.
     */
    public Emulator(int cols, int rows, int scrollbackLines, ReplySink replies) {
        this.screen = new Screen(cols, rows, scrollbackLines);
        this.modes = new ModeState(screen);
        this.dispatcher = new Dispatcher(screen, modes, new Replies(Objects.requireNonNull(replies, "replies")), palette);
        this.parser = new VtParser(dispatcher);
    }

    /** Processes {@code data[offset..offset+length)}; a sequence may span calls. */
    public void feed(byte[] data, int offset, int length) {
        Objects.checkFromIndexSize(offset, length, data.length);
        parser.feed(data, offset, length);
    }

    /** Processes all of {@code data}. */
    public void feed(byte[] data) {
        feed(data, 0, data.length);
    }

    /**
     * Tells the emulator the byte stream is complete (a recording replayed whole): a character
     * cut short at the end shows as U+FFFD. Never call it between reads of a live program.
     */
    public void endOfInput() {
        parser.endOfInput();
    }

    /** Changes the size; the main screen reflows soft-wrapped lines. */
    public void resize(int cols, int rows) {
        screen.resize(cols, rows);
    }

    /** Live view of the active (main or alternate) screen. */
    public ScreenView screen() {
        return screen;
    }

    /** Live view of the modes. */
    public TermModes modes() {
        return modes;
    }

    /** The window title (OSC 0/2), "" when none. */
    public String title() {
        return dispatcher.osc().title();
    }

    /** OSC 52 writes since the last call, oldest first. */
    public List<ClipboardWrite> takeClipboardWrites() {
        return dispatcher.osc().takeClipboardWrites();
    }

    /** BEL count since the last call. */
    public int takeBells() {
        return dispatcher.takeBells();
    }

    /** OSC 9 / OSC 777;notify bodies since the last call, oldest first. */
    public List<String> takeNotifications() {
        return dispatcher.osc().takeNotifications();
    }

    /** A number that changes whenever anything visible changes: cells, cursor, title. */
    public long version() {
        long content = screen.contentVersion();
        int cursor = (screen.cursorRow() * Screen.MAX_SIZE + screen.cursorCol()) * 2 + (screen.cursorVisible() ? 1 : 0);
        String title = title();
        if (content != seenContent || cursor != seenCursor || !title.equals(seenTitle)) {
            seenContent = content;
            seenCursor = cursor;
            seenTitle = title;
            version++;
        }
        return version;
    }

    /**
     * An immutable copy for a renderer: the visible screen with styles and cursor, the modes and
     * the title; rows are marked changed relative to the previous call.
     */
    public TermSnapshot snapshot() {
        lastSnapshot = screen.snapshot(lastSnapshot);
        return new TermSnapshot(lastSnapshot, ModesSnapshot.of(modes), title());
    }

    /**
     * True while the program holds back drawing with synchronized output (mode 2026) and has not
     * held it for longer than {@link #SYNC_TIMEOUT_NANOS}; past that the mode is dropped, so a
     * program that never ends its update cannot freeze the pane. Call with a monotonic clock.
     */
    public boolean synchronizedUpdatePending(long nowNanos) {
        if (!modes.synchronizedOutput) {
            syncSince = -1;
            return false;
        }
        if (syncSince < 0) {
            syncSince = nowNanos;
        }
        if (nowNanos - syncSince > SYNC_TIMEOUT_NANOS) {
            modes.synchronizedOutput = false;
            syncSince = -1;
            return false;
        }
        return true;
    }

    /** The default colours reported to OSC 10/11 queries, as 0xRRGGBB. */
    public void setDefaultColors(int foreground, int background) {
        palette.setDefaults(foreground, background);
    }
}
