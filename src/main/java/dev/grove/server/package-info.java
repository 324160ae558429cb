// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
/**
 * The daemon: Unix socket, client connections, input routing, render scheduling. The
 * composition root that wires session, ui, coord and protocol together.
 */
package dev.grove.server;
