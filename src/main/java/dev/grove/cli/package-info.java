// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
/**
 * The command line (picocli): parses arguments, runs local commands, and talks to the server
 * through {@code client} and {@code protocol} for everything else. Never touches session state.
 */
package dev.grove.cli;
