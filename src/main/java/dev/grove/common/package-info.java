// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
/**
 * Small value types and the error kinds shared by every package: {@code UserError}, sizes,
 * clocks. JDK only; nothing domain-specific lives here.
 */
package dev.grove.common;
