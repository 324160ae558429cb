// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** Reads grove's version from the build-stamped {@code version.properties}. */
public final class GroveVersion implements IVersionProvider {

    /** The version string, e.g. {@code 0.1.0}. */
    public static String version() {
        try (InputStream in = GroveVersion.class.getResourceAsStream("/version.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read version.properties", e);
        }
    }

    @Override
    public String[] getVersion() {
        return new String[] {"grove " + version()};
    }
}
