// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.server;

import dev.grove.session.Pane;
import dev.grove.ui.Overlay;
import java.util.List;
import java.util.function.Consumer;

/**
 * What a {@link PaneAction} may do to the client that invoked it: show a message, a text view,
 * ask a question or prompt for a line. Use on the session thread only.
 */
public final class ClientControl {
    private final AttachedClient client;

    ClientControl(AttachedClient client) {
        this.client = client;
    }

    /** A one-line message in the client's status line. */
    public void message(String text) {
        client.message(text);
    }

    /** A scrollable text view over the panes (diff, scoreboard, reasons); lines may carry SGR colours. */
    public void showText(String title, List<String> lines) {
        client.closeOverlay();
        client.textView = new Overlay.TextView(title, List.copyOf(lines), 0);
    }

    /** Shows a best-of scoreboard whose chosen candidate the user moves and keeps. */
    void showScoreboard(ScoreboardView board) {
        client.closeOverlay();
        client.scoreboard = board;
    }

    /** Asks a yes/no question; {@code onYes} runs when the user answers y. */
    public void confirm(String question, Runnable onYes) {
        client.closeOverlay();
        client.confirmQuestion = question;
        client.onConfirm = onYes;
    }

    /** Moves this client's focus to {@code pane}. */
    void focus(Pane pane) {
        if (!pane.id().equals(client.focusedPaneId)) {
            client.previousPaneId = client.focusedPaneId;
            client.focusedPaneId = pane.id();
        }
    }

    /** Prompts for one line of text; {@code onSubmit} gets it when the user presses Enter. */
    public void prompt(String label, Consumer<String> onSubmit) {
        client.closeOverlay();
        client.prompt = new LineEditor(label, "", onSubmit);
    }
}
