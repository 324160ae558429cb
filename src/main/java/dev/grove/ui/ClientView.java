// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.ui;

import dev.grove.config.Theme;
import dev.grove.term.screen.ScreenView;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** One attached client's view. Confined to the session thread. */
public final class ClientView {
    private final OutputStream out;
    private int cols;
    private int rows;

    public ClientView(Theme theme, ClientCaps caps, int cols, int rows, OutputStream out) {
        this.out = out;
        this.cols = cols;
        this.rows = rows;
    }

    public void resize(int cols, int rows) {
        this.cols = cols;
        this.rows = rows;
    }

    public void invalidate() {
        // This first version redraws everything on every render, so there is nothing to reset.
    }

    public int render(UiModel model) {
        StringBuilder sb = new StringBuilder();
        List<Rect> rects = Layouts.paneContents(model, cols, rows);
        for (int i = 0; i < rects.size(); i++) {
            Rect r = rects.get(i);
            ScreenView s = model.panes().get(i).screen();
            for (int row = 0; row < Math.min(r.rows(), s.rows()); row++) {
                sb.append("\u001b[").append(r.row() + row + 1).append(';').append(r.col() + 1).append('H');
                for (int col = 0; col < Math.min(r.cols(), s.cols()); col++) {
                    int cp = s.codePoint(row, col);
                    if (cp != ScreenView.WIDE_SPACER) {
                        sb.appendCodePoint(cp <= ' ' ? ' ' : cp);
                    }
                }
            }
        }
        byte[] bytes = sb.toString().getBytes(StandardCharsets.UTF_8);
        try {
            out.write(bytes);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a frame", e);
        }
        return bytes.length;
    }
}
