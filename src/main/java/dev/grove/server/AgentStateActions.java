// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.server;

import dev.grove.coord.agent.AgentState;
import dev.grove.coord.agent.Attention;
import dev.grove.coord.agent.FixtureStore;
import dev.grove.coord.agent.ScreenLines;
import dev.grove.coord.agent.StateFixture;
import dev.grove.session.Pane;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The agent state keys: {@code i} shows why an agent is in its state (and counts as looking at
 * it), {@code w} records a fixture when the state is wrong, {@code s} sets the Status column by
 * hand. Runs on the session thread; files are written on the background thread.
 */
final class AgentStateActions {
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault());

    private AgentStateActions() {}

    static void register(Mux mux, AgentSupervisor supervisor) {
        mux.registerPaneAction("show-reason", (pane, view) -> showReason(supervisor, pane, view));
        mux.registerPaneAction("mark-state-wrong", (pane, view) -> markWrong(supervisor, pane, view));
        mux.registerPaneAction("set-status", (pane, view) -> setStatus(supervisor, pane, view));
    }

    private static Optional<AgentSnapshot> agent(AgentSupervisor supervisor, Pane pane, ClientControl view) {
        AgentSnapshot a = supervisor.snapshot(pane.id());
        if (a == null) {
            view.message("pane " + pane.name() + " is a plain pane, not an agent");
        }
        return Optional.ofNullable(a);
    }

    private static void showReason(AgentSupervisor supervisor, Pane pane, ClientControl view) {
        agent(supervisor, pane, view).ifPresent(a -> {
            List<String> lines = new ArrayList<>();
            lines.add("\033[1m" + a.status().label() + "\033[0m since " + clockTime(a.status().since()));
            if (a.status().reason() != null) {
                lines.add(a.status().reason().describe());
            }
            for (Attention at : a.attentions()) {
                lines.add("\033[33mneeds you\033[0m (" + at.trigger().name().toLowerCase() + "): " + at.reason());
            }
            a.radar().forEach(lines::add);
            view.showText("why is " + a.record().name() + " " + a.status().label() + "?", lines);
            supervisor.acknowledge(pane.id());
        });
    }

    /** {@code 14:05:09} in the server's zone, or "start" for a state that has no time yet. */
    private static String clockTime(Instant at) {
        return at == null ? "start" : CLOCK.format(at);
    }

    private static void markWrong(AgentSupervisor supervisor, Pane pane, ClientControl view) {
        agent(supervisor, pane, view).ifPresent(a -> {
            String states = Arrays.stream(AgentState.values()).map(s -> s.name().toLowerCase())
                    .collect(Collectors.joining(", "));
            view.prompt("what should " + a.record().name() + " be (" + states + ")? ", text -> {
                Optional<AgentState> expected = AgentState.parse(text);
                if (expected.isEmpty() || supervisor.tracker(pane.id()).isEmpty()) {
                    view.message("no state called '" + text.strip() + "'; nothing saved");
                    return;
                }
                StateFixture fixture = StateFixture.capture(supervisor.tracker(pane.id()).get(), expected.get(),
                        ScreenLines.of(pane.screen()), pane.screen().cols(), Instant.now());
                supervisor.background().run("save fixture", w -> FixtureStore.inGitDir(w.layout().commonDir())
                        .save(fixture), file -> view.message("saved a fixture: " + file), view::message);
            });
        });
    }

    private static void setStatus(AgentSupervisor supervisor, Pane pane, ClientControl view) {
        agent(supervisor, pane, view).ifPresent(a -> view.prompt("status of " + a.record().name() + ": ", text -> {
            if (!text.isBlank()) {
                supervisor.background().writeStatus(a.record().name(), a.record().task(), text.strip());
                view.message("status of " + a.record().name() + " set to " + text.strip());
            }
        }));
    }
}
