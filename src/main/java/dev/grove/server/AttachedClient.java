// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.server;

import dev.grove.config.Theme;
import dev.grove.keys.InputDecoder;
import dev.grove.session.ClientInfo;
import dev.grove.ui.ClientCaps;
import dev.grove.ui.ClientView;
import dev.grove.ui.LayoutMode;
import dev.grove.ui.Overlay;
import dev.grove.ui.UiModel;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.function.Supplier;

/**
 * One attached client as the session loop sees it: its terminal size, its own focus and layout,
 * what it is doing (typing into a prompt, answering a question, reading help or history), its
 * input decoder, its view and when it was last drawn. Confined to the session thread.
 */
final class AttachedClient {
    /** How long a message stays in the status line. */
    private static final long MESSAGE_NANOS = 5_000_000_000L;

    final int id;
    final ClientInfo info;
    final ClientOutput output;
    final InputDecoder decoder = new InputDecoder();
    private final ByteArrayOutputStream frame = new ByteArrayOutputStream(64 * 1024);
    private final ClientView view;
    int cols;
    int rows;
    String focusedPaneId;
    /** The pane focused before the current one, for focus-last. */
    String previousPaneId;
    LayoutMode layout = LayoutMode.TILED;
    boolean tableCollapsed;
    boolean prefixPending;
    long lastActiveNanos;
    long lastFrameNanos;
    boolean dirty = true;
    /** When the decoder began holding back bytes (a lone ESC), -1 when it holds none. */
    long pendingInputSinceNanos = -1;

    LineEditor prompt;
    String confirmQuestion;
    Runnable onConfirm;
    boolean helpShown;
    HistoryView history;
    Overlay.TextView textView;
    ScoreboardView scoreboard;
    private String message;
    private long messageSinceNanos;

    AttachedClient(int id, ClientInfo info, ClientOutput output, Theme theme, ClientCaps caps, boolean collapsed) {
        this.id = id;
        this.info = info;
        this.output = output;
        this.cols = Math.max(1, info.cols());
        this.rows = Math.max(1, info.rows());
        this.tableCollapsed = collapsed;
        this.view = new ClientView(theme, caps, cols, rows, frame);
        this.lastActiveNanos = System.nanoTime();
    }

    void resize(int newCols, int newRows) {
        cols = Math.max(1, newCols);
        rows = Math.max(1, newRows);
        view.resize(cols, rows);
        dirty = true;
    }

    /** Renders {@code model} and returns the bytes to send. */
    byte[] render(UiModel model) {
        if (output.takeRedrawNeeded()) {
            view.invalidate();
        }
        frame.reset();
        view.render(model);
        return frame.toByteArray();
    }

    void invalidate() {
        view.invalidate();
    }

    /** Shows a one-line message in the status line for a few seconds. */
    void message(String text) {
        message = text;
        messageSinceNanos = System.nanoTime();
        dirty = true;
    }

    /** The message to show, or null. */
    String message() {
        return message;
    }

    /** Removes the message once its time is up (which needs a new frame). */
    void expireMessage(long nowNanos) {
        if (message != null && nowNanos - messageSinceNanos > MESSAGE_NANOS) {
            message = null;
            dirty = true;
        }
    }

    /** When the current message expires, or -1 when there is none. */
    long messageDeadline() {
        return message == null ? -1 : messageSinceNanos + MESSAGE_NANOS;
    }

    /** Closes whatever overlay is open and returns to normal input. */
    void closeOverlay() {
        prompt = null;
        confirmQuestion = null;
        onConfirm = null;
        helpShown = false;
        history = null;
        textView = null;
        scoreboard = null;
        dirty = true;
    }

    /** The overlay for the UI model, or null; {@code helpLines} is asked only when help is shown. */
    Overlay overlay(Supplier<List<String[]>> helpLines) {
        if (prompt != null) {
            return prompt.overlay();
        }
        if (confirmQuestion != null) {
            return new Overlay.Confirm(confirmQuestion);
        }
        if (helpShown) {
            return new Overlay.Help(helpLines.get());
        }
        if (textView != null) {
            return textView;
        }
        if (scoreboard != null) {
            return scoreboard.overlay();
        }
        return history == null ? null : history.overlay();
    }
}
