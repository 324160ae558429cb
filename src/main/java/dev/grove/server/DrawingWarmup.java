// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.server;

import dev.grove.config.Theme;
import dev.grove.term.Emulator;
import dev.grove.term.ReplySink;
import dev.grove.ui.ClientCaps;
import dev.grove.ui.ClientView;
import dev.grove.ui.LayoutMode;
import dev.grove.ui.PaneModel;
import dev.grove.ui.UiModel;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongSupplier;

/**
 * Types a few thousand characters into a scratch emulator and draws each one with a scratch
 * client view, once per server, on a background thread. A fresh JVM interprets the drawing path
 * until the JIT has seen it run often enough, and the JDK methods on it are compiled only after
 * hundreds of calls, so without this the first few hundred keystrokes of a new server each echo
 * noticeably later. Pane output warms the same path, so the warm-up steps aside while any pane
 * writes (it never competes with a flood for the CPU), and gives up if panes never go quiet.
 */
final class DrawingWarmup implements Runnable {
    /** Characters typed; enough for the drawing path's JDK methods to be compiled too. */
    static final int CHARACTERS = 2_000;
    /** Panes must have been silent this long before the next character is drawn. */
    private static final long QUIET_NANOS = 20_000_000L;
    private static final int COLS = 160;
    private static final int ROWS = 45;
    private static final byte[] PROMPT = "\r\n\033[1;32m~/repo\033[0m $ ".getBytes(StandardCharsets.UTF_8);
    private static final byte[] TYPED = "git log --oneline --graph -- src/main/java 2>&1 | less -R"
            .getBytes(StandardCharsets.UTF_8);

    private final Theme theme;
    private final LongSupplier lastPaneOutputNanos;
    private final long giveUpNanos;
    private int drawn;

    /**
     * A warm-up drawing in {@code theme}, stepping aside while {@code lastPaneOutputNanos} (when a
     * pane last wrote, thread-safe) is recent, for at most {@code giveUpNanos} in all.
     */
    DrawingWarmup(Theme theme, LongSupplier lastPaneOutputNanos, long giveUpNanos) {
        this.theme = theme;
        this.lastPaneOutputNanos = lastPaneOutputNanos;
        this.giveUpNanos = giveUpNanos;
    }

    /** Runs a warm-up on a new daemon thread. */
    static void start(Theme theme, LongSupplier lastPaneOutputNanos) {
        Thread t = new Thread(new DrawingWarmup(theme, lastPaneOutputNanos, 30_000_000_000L), "drawing-warmup");
        t.setDaemon(true);
        t.start();
    }

    @Override
    public void run() {
        long start = System.nanoTime();
        Emulator emulator = new Emulator(COLS, ROWS - 2, 100, ReplySink.NONE);
        ClientView view = new ClientView(theme, new ClientCaps(true, true), COLS, ROWS, OutputStream.nullOutputStream());
        while (drawn < CHARACTERS) {
            long lastOutput = lastPaneOutputNanos.getAsLong();
            long now = System.nanoTime();
            if (now - start > giveUpNanos) {
                return;
            }
            long silent = now - lastOutput;
            if (silent < QUIET_NANOS) {
                LockSupport.parkNanos(Math.min(QUIET_NANOS, QUIET_NANOS - silent));
                continue;
            }
            int k = drawn % TYPED.length;
            if (k == 0) {
                emulator.feed(PROMPT);
            }
            emulator.feed(TYPED, k, 1);
            view.render(model(emulator));
            drawn++;
        }
    }

    /** Characters drawn so far (once {@link #run} returned: in all). */
    int drawn() {
        return drawn;
    }

    private static UiModel model(Emulator emulator) {
        PaneModel pane = new PaneModel("1", "shell", "~/repo", "running", false, emulator.screen(), 0, null);
        return new UiModel(List.of(pane), 0, LayoutMode.TILED, List.of(), true, null, "C-b ? help", null, null);
    }
}
