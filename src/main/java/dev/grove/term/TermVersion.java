// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.term;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** grove's version as XTVERSION reports it, read once from the build-stamped resource. */
final class TermVersion {
    private static volatile String version;

    private TermVersion() {}

    static String get() {
        String v = version;
        if (v == null) {
            v = load();
            version = v;
        }
        return v;
    }

    private static String load() {
        try (InputStream in = TermVersion.class.getResourceAsStream("/version.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read version.properties", e);
        }
    }
}
