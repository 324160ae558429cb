// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.session;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What to open a pane with. {@code name} may be null (a name is generated from the command);
 * {@code env} is the complete environment of the process that asked, which the pane inherits.
 */
public record PaneRequest(String name, List<String> command, Path cwd, Map<String, String> env) {
    public PaneRequest {
        command = List.copyOf(command);
        env = Map.copyOf(env);
    }
}
