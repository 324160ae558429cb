// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * What every multiplexer subcommand shares: its own {@code -S/--socket}, falling back to the one
 * given before the subcommand ({@code grove -S PATH ls}), and the command line's output streams.
 */
abstract class ServerSubcommand implements Callable<Integer> {
    @Mixin SocketOption ownSocket;
    @ParentCommand GroveCommand parent;
    @Spec CommandSpec spec;

    SocketOption socket() {
        return ownSocket.orParent(parent.socket);
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }
}
