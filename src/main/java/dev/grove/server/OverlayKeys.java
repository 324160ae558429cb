// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.server;

import dev.grove.keys.Bindings;
import dev.grove.keys.InputEvent;
import dev.grove.keys.KeyCode;
import dev.grove.keys.Modifiers;
import dev.grove.session.Pane;
import dev.grove.ui.Overlay;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * Keys while a client has an overlay open: the prompt edits, the question takes y/n, help and
 * text views scroll or close, history mode moves its cursor, searches and copies (to the client's
 * clipboard with OSC 52). Confined to the session thread; one instance per event.
 */
final class OverlayKeys {
    private final Mux mux;
    private final Bindings bindings;
    private final AttachedClient c;

    OverlayKeys(Mux mux, Bindings bindings, AttachedClient c) {
        this.mux = mux;
        this.bindings = bindings;
        this.c = c;
    }

    void handle(InputEvent e) {
        if (c.prompt != null) {
            prompt(e);
        } else if (!(e instanceof InputEvent.Key)) {
            return;
        } else if (c.confirmQuestion != null) {
            confirm((InputEvent.Key) e);
        } else if (c.helpShown) {
            c.closeOverlay();
        } else if (c.textView != null) {
            textView((InputEvent.Key) e);
        } else if (c.scoreboard != null) {
            scoreboard((InputEvent.Key) e);
        } else if (c.history != null) {
            history((InputEvent.Key) e);
        }
    }

    private void prompt(InputEvent e) {
        LineEditor editor = c.prompt;
        if (e instanceof InputEvent.Paste) {
            editor.paste(((InputEvent.Paste) e).text());
            return;
        }
        if (!(e instanceof InputEvent.Key)) {
            return;
        }
        LineEditor.Result r = editor.key((InputEvent.Key) e);
        if (r != LineEditor.Result.EDITING && c.prompt == editor) {
            // The submit action may have opened the next prompt; only close the one that finished.
            c.prompt = null;
        }
    }

    private void confirm(InputEvent.Key key) {
        Runnable onYes = c.onConfirm;
        c.confirmQuestion = null;
        c.onConfirm = null;
        if (key.code() == KeyCode.CHAR && (key.codePoint() == 'y' || key.codePoint() == 'Y') && onYes != null) {
            onYes.run();
        }
    }

    private void textView(InputEvent.Key key) {
        Overlay.TextView v = c.textView;
        String action = bindings.inView(key);
        int page = Math.max(1, c.rows - 4);
        int last = Math.max(0, v.lines().size() - 1);
        int scroll;
        if (action == null || action.equals("view-close") || action.equals("view-keep")) {
            c.textView = null;
            return;
        }
        switch (action) {
            case "view-up": scroll = v.scroll() - 1; break;
            case "view-down": scroll = v.scroll() + 1; break;
            case "view-page-up": scroll = v.scroll() - page; break;
            case "view-page-down": scroll = v.scroll() + page; break;
            case "view-top": scroll = 0; break;
            case "view-bottom": scroll = last; break;
            default: throw new IllegalArgumentException("unknown view action " + action);
        }
        c.textView = new Overlay.TextView(v.title(), v.lines(), Math.max(0, Math.min(scroll, last)));
    }

    /** Up and down move the choice, the keep key keeps it (after a question), anything else closes. */
    private void scoreboard(InputEvent.Key key) {
        ScoreboardView board = c.scoreboard;
        String action = bindings.inView(key);
        if (action == null) {
            c.scoreboard = null;
            return;
        }
        switch (action) {
            case "view-up": case "view-page-up": c.scoreboard = board.move(-1); break;
            case "view-down": case "view-page-down": c.scoreboard = board.move(1); break;
            case "view-top": c.scoreboard = board.toEnd(true); break;
            case "view-bottom": c.scoreboard = board.toEnd(false); break;
            case "view-keep": board.keepChosen(); break;
            default: c.scoreboard = null; break;
        }
    }

    private void history(InputEvent.Key key) {
        Optional<Pane> pane = mux.session().byId(c.history.paneId());
        if (pane.isEmpty() || key.is('c', Modifiers.CTRL)) {
            c.history = null;
            return;
        }
        HistoryView h = c.history;
        HistoryView.Outcome outcome = h.act(bindings.inHistory(key), pane.get().screen());
        if (outcome == HistoryView.Outcome.EXIT) {
            c.history = null;
        } else if (outcome == HistoryView.Outcome.COPY) {
            String text = h.selectedText(pane.get().screen());
            copyToClipboard(text);
            c.history = null;
            c.message("copied " + text.codePointCount(0, text.length()) + " characters to the clipboard");
        } else if (outcome == HistoryView.Outcome.SEARCH_PROMPT) {
            c.prompt = new LineEditor("search history:", "", text -> h.search(text, pane.get().screen()));
        }
    }

    /** Sends the text to the client's terminal clipboard (OSC 52). */
    private void copyToClipboard(String text) {
        String b64 = Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
        c.output.sendOutput(("\033]52;c;" + b64 + "\007").getBytes(StandardCharsets.US_ASCII));
    }
}
