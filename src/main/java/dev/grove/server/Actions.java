// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.server;

import dev.grove.common.UserError;
import dev.grove.session.CommandOutcome;
import dev.grove.session.Pane;
import dev.grove.session.PaneStatus;
import dev.grove.ui.LayoutMode;
import dev.grove.ui.Layouts;
import dev.grove.ui.Rect;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The named actions keys are bound to ("focus-next", "zoom", "new-pane", "history", ...), run
 * for one client. Read-only clients may only change what they look at. Actions other packages
 * provide (review, merge, remove, ...) are looked up in the {@link Mux}'s registered pane
 * actions. Confined to the session thread.
 */
final class Actions {
    /** What a read-only client may do: nothing that reaches a pane or changes the session. */
    private static final Set<String> VIEW_ONLY = Set.of("focus-next", "focus-prev", "focus-last", "focus-left",
            "focus-right", "focus-up", "focus-down", "zoom", "layout-next", "detach", "history", "help", "toggle-table",
            "redraw");

    private final Mux mux;

    Actions(Mux mux) {
        this.mux = mux;
    }

    void run(AttachedClient c, String action) {
        c.dirty = true;
        String name = action.contains(" ") ? action.substring(0, action.indexOf(' ')) : action;
        if (c.info.readOnly() && !VIEW_ONLY.contains(name) && !name.equals("focus")) {
            c.message("this client is read-only");
            return;
        }
        try {
            perform(c, name, action.substring(name.length()).trim());
        } catch (UserError e) {
            c.message("error: " + e.getMessage());
        }
    }

    private void perform(AttachedClient c, String name, String arg) {
        switch (name) {
            case "focus": focusIndex(c, Integer.parseInt(arg) - 1); break;
            case "focus-next": focusStep(c, 1); break;
            case "focus-prev": focusStep(c, -1); break;
            case "focus-last": focusLast(c); break;
            case "redraw": c.invalidate(); break;
            case "focus-left": focusToward(c, -1, 0); break;
            case "focus-right": focusToward(c, 1, 0); break;
            case "focus-up": focusToward(c, 0, -1); break;
            case "focus-down": focusToward(c, 0, 1); break;
            case "zoom": setLayout(c, c.layout == LayoutMode.ZOOM ? LayoutMode.TILED : LayoutMode.ZOOM); break;
            case "layout-next": setLayout(c, c.layout.next()); break;
            case "new-pane": promptNewPane(c); break;
            case "close-pane": closeOrRemove(c); break;
            case "restart": restart(c); break;
            case "detach": mux.detach(c, "detached"); break;
            case "history": openHistory(c); break;
            case "help": c.closeOverlay(); c.helpShown = true; break;
            case "command": promptCommand(c); break;
            case "toggle-table": c.tableCollapsed = !c.tableCollapsed; mux.layoutChanged(); break;
            default: paneAction(c, name);
        }
    }

    private void focusLast(AttachedClient c) {
        if (c.previousPaneId != null && mux.session().byId(c.previousPaneId).isPresent()) {
            focusIndex(c, mux.session().panes().indexOf(mux.session().byId(c.previousPaneId).get()));
        }
    }

    private void focusIndex(AttachedClient c, int index) {
        List<Pane> panes = mux.session().panes();
        if (index >= 0 && index < panes.size() && !panes.get(index).id().equals(c.focusedPaneId)) {
            c.previousPaneId = c.focusedPaneId;
            c.focusedPaneId = panes.get(index).id();
            if (c.layout == LayoutMode.ZOOM) {
                mux.layoutChanged();
            }
        }
    }

    private void focusStep(AttachedClient c, int step) {
        List<Pane> panes = mux.session().panes();
        Optional<Pane> current = mux.focused(c);
        if (current.isPresent()) {
            int i = Math.floorMod(panes.indexOf(current.get()) + step, panes.size());
            focusIndex(c, i);
        }
    }

    /** Focuses the nearest pane whose centre lies in the direction (dx, dy) from the focused one. */
    private void focusToward(AttachedClient c, int dx, int dy) {
        List<Rect> rects = Layouts.paneContents(mux.modelFor(c), c.cols, c.rows);
        Optional<Pane> current = mux.focused(c);
        if (current.isEmpty()) {
            return;
        }
        int from = mux.session().panes().indexOf(current.get());
        Rect r0 = rects.get(from);
        int best = -1;
        long bestDistance = Long.MAX_VALUE;
        for (int i = 0; i < rects.size(); i++) {
            Rect r = rects.get(i);
            long ddx = (2L * r.col() + r.cols()) - (2L * r0.col() + r0.cols());
            long ddy = (2L * r.row() + r.rows()) - (2L * r0.row() + r0.rows());
            boolean ahead = dx != 0 ? Long.signum(ddx) == dx : Long.signum(ddy) == dy;
            long distance = ddx * ddx + ddy * ddy;
            if (i != from && r.cols() > 0 && ahead && distance < bestDistance) {
                best = i;
                bestDistance = distance;
            }
        }
        if (best >= 0) {
            focusIndex(c, best);
        }
    }

    private void setLayout(AttachedClient c, LayoutMode layout) {
        c.layout = layout;
        mux.layoutChanged();
    }

    private void promptNewPane(AttachedClient c) {
        c.closeOverlay();
        c.prompt = new LineEditor("new pane name (Enter for automatic):", "", name -> {
            c.prompt = new LineEditor("command (Enter for your shell):", "", command -> {
                List<String> argv = new ArrayList<>(List.of("new"));
                if (!name.isBlank()) {
                    argv.add(name.trim());
                }
                if (!command.isBlank()) {
                    argv.addAll(List.of("--", "/bin/sh", "-c", command));
                }
                report(c, mux.commands().run(argv, c.info, c));
            });
        });
    }

    private void promptCommand(AttachedClient c) {
        c.closeOverlay();
        c.prompt = new LineEditor(":", "", line -> {
            if (!line.isBlank()) {
                report(c, mux.commands().run(CommandWords.split(line), c.info, c));
            }
        });
    }

    private static void report(AttachedClient c, CommandOutcome outcome) {
        String text = (outcome.exitCode() == 0 ? outcome.out() : outcome.err()).strip();
        if (!text.isEmpty()) {
            c.message(text.lines().findFirst().orElse(text) + (text.lines().count() > 1 ? " …" : ""));
        }
    }

    /** {@code x}: the registered "remove" action (agents) when there is one, else closing the pane. */
    private void closeOrRemove(AttachedClient c) {
        PaneAction remove = mux.paneAction("remove");
        Optional<Pane> pane = mux.focused(c);
        if (remove != null && pane.isPresent()) {
            remove.perform(pane.get(), new ClientControl(c));
        } else {
            confirmClose(c);
        }
    }

    /** Asks whether to close the focused pane, then closes it. */
    void confirmClose(AttachedClient c) {
        Optional<Pane> pane = mux.focused(c);
        if (pane.isEmpty()) {
            c.message("no pane to close");
            return;
        }
        c.closeOverlay();
        c.confirmQuestion = "close pane " + pane.get().name()
                + (pane.get().status() == PaneStatus.RUNNING ? " and stop its process" : "") + "? (y/n)";
        c.onConfirm = () -> mux.closePane(pane.get());
    }

    private void restart(AttachedClient c) {
        Optional<Pane> pane = mux.focused(c);
        if (pane.isPresent()) {
            mux.restartPane(pane.get());
        }
    }

    private void openHistory(AttachedClient c) {
        Optional<Pane> pane = mux.focused(c);
        if (pane.isPresent()) {
            c.closeOverlay();
            c.history = new HistoryView(pane.get().id(), pane.get().screen());
        }
    }

    /** Actions registered by other packages; without one, a one-line message says what is missing. */
    private void paneAction(AttachedClient c, String name) {
        PaneAction handler = mux.paneAction(name);
        Optional<Pane> pane = mux.focused(c);
        if (handler == null) {
            c.message("'" + name + "' needs a repository agent; " + pane.map(p -> "pane " + p.name() + " is a plain pane")
                    .orElse("there is no pane"));
        } else if (pane.isPresent()) {
            handler.perform(pane.get(), new ClientControl(c));
        }
    }
}
