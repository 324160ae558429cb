// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.ui;

import com.googlecode.lanterna.terminal.Terminal;
import dev.grove.config.Theme;
import java.io.OutputStream;

/**
 * One attached client's view: composes a frame from a {@link UiModel} into a cell buffer,
 * diffs it against what this client last received and writes only the difference (wrapped in
 * {@code CSI ? 2026 h} / {@code CSI ? 2026 l} when the client supports synchronized output)
 * through a Lanterna terminal that writes into the client's stream, flushing once per frame.
 * The first render after construction, {@link #resize} or {@link #invalidate} redraws every
 * cell (without clearing the screen, so nothing flickers). Never throws for odd models or tiny
 * sizes. Confined to the thread that owns the session (not thread-safe).
 */
public final class ClientView {
    private final Composer composer;
    private final FrameWriter writer = new FrameWriter();
    private final CellSink sink;
    private Frame back;
    private Frame front;

    /** A view writing to a client's output stream; {@code out} receives one write per frame. */
    public ClientView(Theme theme, ClientCaps caps, int cols, int rows, OutputStream out) {
        this(theme, new ClientTerminal(out, caps, cols, rows), cols, rows);
    }

    /** A view drawing on any Lanterna terminal (e.g. the virtual terminal in tests). */
    static ClientView onTerminal(Theme theme, ClientCaps caps, Terminal terminal, int cols, int rows) {
        return new ClientView(theme, new LanternaSink(terminal, caps, cols), cols, rows);
    }

    private ClientView(Theme theme, CellSink sink, int cols, int rows) {
        this.composer = new Composer(new Looks(theme));
        this.sink = sink;
        allocate(cols, rows);
    }

    /** The client's terminal has a new size; the next render is a full redraw. */
    public void resize(int cols, int rows) {
        if (sink instanceof ClientTerminal) {
            ((ClientTerminal) sink).resize(cols, rows);
        } else if (sink instanceof LanternaSink) {
            ((LanternaSink) sink).resize(cols);
        }
        allocate(cols, rows);
    }

    /** What the client shows is no longer known (e.g. frames were dropped); the next render is a full redraw. */
    public void invalidate() {
        front.invalidate();
        back.touchAll();
        sink.reset();
        writer.forgetCursor();
    }

    /**
     * Draws {@code model}: writes the changes since the last frame, flushes once and returns the
     * number of bytes written (0 when nothing changed).
     */
    public int render(UiModel model) {
        composer.compose(back, model);
        int[] cursor = composer.cursor;
        return writer.write(back, front, sink, cursor[0], cursor[1], cursor[2] == 1);
    }

    /** The frame composed last, as the client now shows it (for tests). */
    Frame lastFrame() {
        return back;
    }

    private void allocate(int cols, int rows) {
        back = new Frame(cols, rows);
        front = new Frame(cols, rows);
        composer.invalidate();
        invalidate();
    }
}
