// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.keys;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Prefix key and bindings: maps keys to action names. Immutable. */
public final class Bindings {
    private final Map<Integer, String> afterPrefix = new LinkedHashMap<>();

    private Bindings() {
        afterPrefix.put((int) 'z', "zoom");
        afterPrefix.put((int) 'd', "detach");
        afterPrefix.put((int) '?', "help");
    }

    public static Bindings defaults() {
        return new Bindings();
    }

    public boolean isPrefix(InputEvent.Key key) {
        return key.is('b', Modifiers.CTRL);
    }

    public String afterPrefix(InputEvent.Key key) {
        return key.code() == KeyCode.CHAR && key.modifiers() == 0 ? afterPrefix.get(key.codePoint()) : null;
    }

    public String direct(InputEvent.Key key) {
        return null;
    }

    public List<String[]> help() {
        List<String[]> lines = new ArrayList<>();
        afterPrefix.forEach((k, v) -> lines.add(new String[] {"C-b " + Character.toString(k), v}));
        return lines;
    }
}
