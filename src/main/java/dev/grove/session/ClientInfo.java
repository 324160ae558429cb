// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.session;

import java.nio.file.Path;
import java.util.Map;

/**
 * What a client told the server about itself when it connected: its terminal, whether it may
 * type, and the working directory and environment that processes started on its behalf inherit.
 */
public record ClientInfo(int cols, int rows, String term, String colorTerm, boolean readOnly, Path cwd,
                         Map<String, String> env) {
    public ClientInfo {
        env = Map.copyOf(env);
    }
}
