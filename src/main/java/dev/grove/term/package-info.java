// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
/**
 * The terminal emulator facade: bytes in, screen model out. Glues {@code term.parse} to
 * {@code term.screen}, tracks modes and answers queries through a {@code ReplySink}.
 * Pure: no threads, no I/O, no clock of its own. Not thread-safe; one owner at a time.
 */
package dev.grove.term;
