// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.cli;

import dev.grove.server.InProcessCommands;
import dev.grove.session.ClientInfo;
import dev.grove.session.CommandOutcome;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

/**
 * The command lines a server runs for its clients (registered for {@link InProcessCommands} in
 * {@code META-INF/services}): {@code grove new}, which in a warm server costs little more than
 * the git commands it runs. Any other command, or a {@code new} that turns out to need the
 * caller's terminal, answers {@link InProcessCommands#RUN_IN_CALLER}.
 */
public final class InServerCommands implements InProcessCommands {
    /** The commands this runs; see {@link NewViaServer} for the caller's side. */
    static final List<String> RUNS = List.of("new");

    @Override
    public CommandOutcome run(List<String> argv, ClientInfo caller) {
        if (argv.isEmpty() || !RUNS.contains(argv.get(0))) {
            return new CommandOutcome(RUN_IN_CALLER, "", "");
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = GroveCommand.run(CliContext.inServer(caller.cwd(), caller.env()), new PrintWriter(out, true),
                new PrintWriter(err, true), argv.toArray(new String[0]));
        return code == RUN_IN_CALLER ? new CommandOutcome(RUN_IN_CALLER, "", "")
                : new CommandOutcome(code, out.toString(), err.toString());
    }
}
