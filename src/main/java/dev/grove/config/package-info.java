// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
/**
 * Configuration, themes, saved state and file locations: the only package that sets up
 * Jackson. Turns files into validated records; errors name the file and the field.
 */
package dev.grove.config;
