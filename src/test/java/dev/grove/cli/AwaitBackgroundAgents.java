// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.cli;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * After each test, waits for the agents that {@link ChildProcessPaneOpener} started in the
 * background; the test's temporary directory is removed after this runs, and an agent still
 * committing would make that removal fail.
 */
final class AwaitBackgroundAgents implements AfterEachCallback {
    @Override
    public void afterEach(ExtensionContext context) throws InterruptedException {
        ChildProcessPaneOpener.awaitBackground();
    }
}
