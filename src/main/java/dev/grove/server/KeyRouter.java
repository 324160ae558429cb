// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.server;

import dev.grove.config.UserConfig;
import dev.grove.keys.Bindings;
import dev.grove.keys.InputDecoder;
import dev.grove.keys.InputEvent;
import dev.grove.keys.KeyEncoder;
import dev.grove.keys.MouseAction;
import dev.grove.session.Pane;
import dev.grove.term.TermModes;
import dev.grove.ui.Layouts;
import dev.grove.ui.Rect;
import dev.grove.ui.UiModel;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Routes one client's input: decodes bytes into keys, pastes, mouse and focus events; the prefix
 * key and direct bindings become actions; an open overlay (prompt, question, help, history) takes
 * keys first; everything else is re-encoded for the focused pane's modes and written to it.
 * Read-only clients never reach a pane. Confined to the session thread.
 */
final class KeyRouter {
    /** Lines the mouse wheel scrolls history by. */
    private static final int WHEEL_LINES = 3;

    private final Mux mux;
    private final Bindings bindings;
    private final UserConfig config;
    private final Actions actions;
    /** Per pane key-encoding modes (kitty flags and modifyOtherKeys level): which 7-bit bytes a pane gets as they are. */
    private final Map<Integer, boolean[]> passableByModes = new HashMap<>();

    KeyRouter(Mux mux, Bindings bindings, UserConfig config) {
        this.mux = mux;
        this.bindings = bindings;
        this.config = config;
        this.actions = new Actions(mux);
    }

    void input(AttachedClient c, byte[] bytes) {
        List<InputEvent> events = c.decoder.feed(bytes, 0, bytes.length);
        c.pendingInputSinceNanos = c.decoder.hasPending() ? System.nanoTime() : -1;
        for (InputEvent e : events) {
            dispatch(c, e);
        }
    }

    /**
     * Where printable keys typed by {@code c} may go without the loop (see {@link DirectInput}):
     * nowhere (null) while they could mean anything but text for the focused pane: a read-only
     * client, an open overlay, a pending prefix key, bytes held back, no running pane. Returns
     * {@code previous} when it still holds.
     */
    DirectInput directInput(AttachedClient c, DirectInput previous) {
        if (c.info.readOnly() || hasOverlay(c) || c.prefixPending || c.decoder.hasPending()) {
            return null;
        }
        Optional<Pane> pane = mux.focused(c);
        Predicate<byte[]> writer = pane.isEmpty() ? null : pane.get().inputWriter();
        if (writer == null) {
            return null;
        }
        TermModes modes = pane.get().modes();
        boolean[] passable = passableByModes.computeIfAbsent(modes.kittyKeyboardFlags() * 16 + modes.modifyOtherKeys(),
                k -> passable(modes));
        return previous != null && previous.pane() == writer && previous.passable() == passable ? previous
                : new DirectInput(writer, passable);
    }

    /** Printable ASCII bytes that are neither bound keys nor encoded differently for a pane in {@code modes}. */
    private boolean[] passable(TermModes modes) {
        boolean[] passable = new boolean[128];
        for (int b = 0x20; b < 0x7f; b++) {
            byte[] one = {(byte) b};
            List<InputEvent> events = new InputDecoder().feed(one, 0, 1);
            if (events.size() == 1 && events.get(0) instanceof InputEvent.Key) {
                InputEvent.Key key = (InputEvent.Key) events.get(0);
                passable[b] = !bindings.isPrefix(key) && bindings.direct(key) == null
                        && Arrays.equals(KeyEncoder.encode(key, modes), one);
            }
        }
        return passable;
    }

    /** Releases input held back for longer than the escape time (a lone ESC becomes Escape). */
    void flushPendingInput(Collection<AttachedClient> clients, long now) {
        long escapeNanos = config.escapeTimeMs() * 1_000_000L;
        for (AttachedClient c : List.copyOf(clients)) {
            if (c.pendingInputSinceNanos >= 0 && now - c.pendingInputSinceNanos >= escapeNanos) {
                c.pendingInputSinceNanos = -1;
                for (InputEvent e : c.decoder.flushPending()) {
                    dispatch(c, e);
                }
            }
        }
    }

    private void dispatch(AttachedClient c, InputEvent e) {
        if (e instanceof InputEvent.Mouse) {
            mouse(c, (InputEvent.Mouse) e);
        } else if (hasOverlay(c)) {
            new OverlayKeys(mux, bindings, c).handle(e);
            c.dirty = true;
        } else if (e instanceof InputEvent.Key) {
            key(c, (InputEvent.Key) e);
        } else if (e instanceof InputEvent.Paste) {
            toPane(c, p -> KeyEncoder.encodePaste(((InputEvent.Paste) e).text(), p));
        } else if (e instanceof InputEvent.Focus) {
            toPane(c, p -> KeyEncoder.encodeFocus(((InputEvent.Focus) e).gained(), p));
        } else {
            throw new IllegalStateException("unknown input event " + e.getClass().getName());
        }
    }

    private static boolean hasOverlay(AttachedClient c) {
        return c.prompt != null || c.confirmQuestion != null || c.helpShown || c.textView != null
                || c.scoreboard != null || c.history != null;
    }

    private void key(AttachedClient c, InputEvent.Key key) {
        if (c.prefixPending) {
            c.prefixPending = false;
            if (bindings.isPrefix(key)) {
                toPane(c, p -> key.raw().clone());
                return;
            }
            String action = bindings.afterPrefix(key);
            if ("send-prefix".equals(action)) {
                toPane(c, p -> bindings.prefixKey().raw().clone());
            } else if (action == null) {
                c.message("no action on that key — " + config.prefix() + " ? lists every binding");
            } else {
                actions.run(c, action);
            }
            return;
        }
        if (bindings.isPrefix(key)) {
            c.prefixPending = true;
            return;
        }
        String direct = bindings.direct(key);
        if (direct != null) {
            actions.run(c, direct);
            return;
        }
        toPane(c, p -> KeyEncoder.encode(key, p));
    }

    /** Encodes for the focused pane's modes and writes, unless the client is read-only. */
    private void toPane(AttachedClient c, Function<TermModes, byte[]> encoder) {
        if (c.info.readOnly()) {
            return;
        }
        Optional<Pane> pane = mux.focused(c);
        if (pane.isEmpty()) {
            return;
        }
        byte[] bytes = encoder.apply(pane.get().modes());
        if (bytes != null && bytes.length > 0 && !pane.get().write(bytes)) {
            c.message("pane " + pane.get().name() + " is not taking input");
        }
    }

    private void mouse(AttachedClient c, InputEvent.Mouse m) {
        UiModel model = mux.modelFor(c);
        int index = Layouts.paneAt(model, c.cols, c.rows, m.row(), m.col());
        if (index < 0 || index >= mux.session().panes().size()) {
            return;
        }
        Pane pane = mux.session().panes().get(index);
        Rect content = Layouts.paneContents(model, c.cols, c.rows).get(index);
        boolean inside = content.contains(m.row(), m.col());
        if (inside && c.history == null && !c.info.readOnly()
                && pane.modes().mouseTracking() != TermModes.MouseTracking.OFF) {
            byte[] bytes = KeyEncoder.encodeMouse(m, m.row() - content.row(), m.col() - content.col(), pane.modes());
            if (bytes != null) {
                pane.write(bytes);
            }
            focusOnPress(c, m, pane);
            return;
        }
        if (!config.mouse()) {
            return;
        }
        focusOnPress(c, m, pane);
        if (m.action() == MouseAction.WHEEL_UP || m.action() == MouseAction.WHEEL_DOWN) {
            wheel(c, pane, m.action() == MouseAction.WHEEL_UP ? WHEEL_LINES : -WHEEL_LINES);
        }
    }

    private void focusOnPress(AttachedClient c, InputEvent.Mouse m, Pane pane) {
        if (m.action() == MouseAction.PRESS && !pane.id().equals(c.focusedPaneId)) {
            c.focusedPaneId = pane.id();
            c.dirty = true;
        }
    }

    private void wheel(AttachedClient c, Pane pane, int lines) {
        if (c.history == null || !c.history.paneId().equals(pane.id())) {
            if (lines < 0) {
                return;
            }
            c.closeOverlay();
            c.focusedPaneId = pane.id();
            c.history = new HistoryView(pane.id(), pane.screen());
        }
        c.history.scroll(pane.screen(), lines);
        if (c.history.scrollBack() == 0 && lines < 0) {
            c.history = null;
        }
        c.dirty = true;
    }
}
