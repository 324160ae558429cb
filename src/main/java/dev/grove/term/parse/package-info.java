// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
/**
 * The DEC ANSI parser state machine and UTF-8 decoding. Turns bytes into calls on
 * {@code VtActions}; knows nothing about screens. Bounded memory for any input.
 */
package dev.grove.term.parse;
