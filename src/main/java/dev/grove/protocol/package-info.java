// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
/**
 * The client/server wire format: length-prefixed frames, the version handshake, plain
 * records and bytes. No domain types travel on the wire.
 */
package dev.grove.protocol;
