// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
/**
 * Pseudo-terminals: the only user of pty4j. Starts a process on a pty at its real size,
 * reads its output on a dedicated thread and writes input without blocking the caller.
 * Knows nothing about emulation.
 */
package dev.grove.pty;
