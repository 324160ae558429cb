// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
/**
 * The thin attach client: raw mode, relays input and resizes to the server, writes what
 * the server sends, restores the terminal on every exit path.
 */
package dev.grove.client;
