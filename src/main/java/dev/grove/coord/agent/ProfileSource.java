// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.coord.agent;

/**
 * Where a profile's final definition came from. A repository's config is untrusted input: a
 * profile whose command came from it must be approved by the user before it runs.
 */
public enum ProfileSource {
    BUILTIN,
    REPOSITORY,
    USER
}
