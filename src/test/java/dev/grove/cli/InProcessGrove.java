// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.cli;

import dev.grove.coord.worktree.TestRepo;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;

/**
 * Runs grove's command line in the test's JVM against a {@link TestRepo}: its git and approvals,
 * panes opened as child processes, a fixed socket name for GROVE_SOCKET.
 */
final class InProcessGrove {
    /** Exit code and both output streams of one grove run. */
    record Run(int code, String out, String err) {}

    private InProcessGrove() {}

    /** {@code grove args...} in the repository's main worktree, without a terminal. */
    static Run run(TestRepo repo, String... args) {
        return run(repo, repo.dir, false, "", args);
    }

    /** {@code grove args...} in {@code cwd}; {@code input} is what the user types when asked. */
    static Run run(TestRepo repo, Path cwd, boolean interactive, String input, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CliContext ctx = new CliContext(cwd, repo.options(), new ChildProcessPaneOpener(),
                new BufferedReader(new StringReader(input)), interactive, "/run/grove.sock");
        int code = GroveCommand.run(ctx, new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }
}
