// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove;

import dev.grove.cli.GroveCommand;

/** Process entry point; everything happens in {@link GroveCommand}. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        System.exit(GroveCommand.run(args));
    }
}
