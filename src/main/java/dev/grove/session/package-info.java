// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
/**
 * The server-side domain: agents, panes (pty + emulator + log), layout, and the single
 * loop thread that owns all of it. No sockets, no Lanterna, no git.
 */
package dev.grove.session;
