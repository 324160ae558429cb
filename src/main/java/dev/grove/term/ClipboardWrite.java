// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.term;

/**
 * A program asked to set a clipboard (OSC 52). {@code selection} is the target as sent
 * ({@code c}, {@code p}, {@code s} or a cut buffer digit; {@code c} when omitted) and
 * {@code data} the decoded bytes (usually UTF-8 text). Whether it reaches the user's clipboard
 * is the embedding program's choice.
 */
public record ClipboardWrite(String selection, byte[] data) {}
