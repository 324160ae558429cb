// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
/**
 * The screen model: cells packed in primitive arrays, lines, the scrollback ring, reflow,
 * and the read-only views renderers use. Knows nothing about escape sequences.
 */
package dev.grove.term.screen;
