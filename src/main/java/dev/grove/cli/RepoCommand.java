// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.cli;

import dev.grove.common.UserError;
import dev.grove.coord.worktree.AgentWorktrees;
import dev.grove.coord.worktree.SetupEvent;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * Shared plumbing of the worktree commands: the context from the top-level command, the output
 * streams, setup approval and setup progress printing.
 */
abstract class RepoCommand implements Callable<Integer> {
    @ParentCommand
    GroveCommand parent;

    @Spec
    CommandSpec spec;

    CliContext context() {
        return parent.context();
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /**
     * Makes sure the repository's setup commands and agent profiles are approved on this machine: {@code --approve}
     * approves them, a terminal asks, otherwise creation fails with a hint to pass {@code --approve}.
     */
    void approveSetup(AgentWorktrees w, boolean approve) {
        var pending = w.setupAwaitingApproval();
        if (pending.isEmpty()) {
            return;
        }
        if (!approve && context().interactive()) {
            err().println("This repository's .grove/config.json runs these setup commands and agent profiles:");
            pending.forEach(c -> err().println("  $ " + c));
            err().print("Allow this exact list on this machine? [y/N] ");
            err().flush();
            approve = answeredYes();
            if (!approve) {
                throw new UserError("the setup commands and agent profiles of .grove/config.json were not approved",
                        "nothing was created; run again to be asked again");
            }
        }
        if (approve) {
            w.approveSetup();
        }
    }

    private boolean answeredYes() {
        try {
            String line = context().input().readLine();
            return line != null && (line.strip().equalsIgnoreCase("y") || line.strip().equalsIgnoreCase("yes"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the answer", e);
        }
    }

    /** Prints setup progress to stderr: steps, "[i/n] command", indented output, timings. */
    void progress(SetupEvent e) {
        PrintWriter err = err();
        if (e instanceof SetupEvent.Step s) {
            err.println("grove: " + s.what());
        } else if (e instanceof SetupEvent.CommandStarted c) {
            err.println("grove: setup [" + c.index() + "/" + c.total() + "] " + c.command());
        } else if (e instanceof SetupEvent.Output o) {
            err.println("  │ " + o.line());
        } else if (e instanceof SetupEvent.CommandFinished f) {
            err.println("grove: setup [" + f.index() + "] " + (f.exitCode() == 0 ? "done" : "failed (exit " + f.exitCode()
                    + ")") + " in " + f.millis() + " ms");
        }
        err.flush();
    }
}
