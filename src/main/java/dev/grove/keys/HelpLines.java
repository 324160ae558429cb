// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.keys;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns a key table into help lines: one line per action with all its keys; pane focus keys 1..9 on one line. */
final class HelpLines {
    private HelpLines() {}

    static void add(List<String[]> lines, String keyPrefix, Map<KeySpec, String> table) {
        Map<String, List<String>> keysByAction = new LinkedHashMap<>();
        List<KeySpec> focusDigits = new ArrayList<>();
        for (Map.Entry<KeySpec, String> e : table.entrySet()) {
            KeySpec k = e.getKey();
            if (isFocusDigit(k, e.getValue())) {
                focusDigits.add(k);
                keysByAction.putIfAbsent("focus N", new ArrayList<>());
            } else {
                keysByAction.computeIfAbsent(e.getValue(), a -> new ArrayList<>()).add(keyPrefix + k);
            }
        }
        for (Map.Entry<String, List<String>> e : keysByAction.entrySet()) {
            if (e.getKey().equals("focus N")) {
                addFocusDigits(lines, keyPrefix, focusDigits);
            } else {
                lines.add(new String[] {String.join(" ", e.getValue()), describe(e.getKey())});
            }
        }
    }

    private static void addFocusDigits(List<String[]> lines, String keyPrefix, List<KeySpec> digits) {
        boolean sameMods = digits.stream().allMatch(k -> k.modifiers() == digits.get(0).modifiers());
        if (digits.size() == 9 && sameMods) {
            KeySpec first = digits.get(0);
            String one = first.toString();
            String range = one.substring(0, one.length() - 1) + "1..9";
            lines.add(new String[] {keyPrefix + range, "focus pane 1..9"});
            return;
        }
        for (KeySpec k : digits) {
            lines.add(new String[] {keyPrefix + k, "focus pane " + Character.toString(k.codePoint())});
        }
    }

    private static boolean isFocusDigit(KeySpec k, String action) {
        return action.startsWith("focus ") && k.code() == KeyCode.CHAR && k.codePoint() >= '1' && k.codePoint() <= '9'
                && action.equals("focus " + Character.toString(k.codePoint()));
    }

    private static String describe(String action) {
        String d = Bindings.ACTIONS.get(action);
        if (d == null) {
            d = DefaultBindings.MODE_ACTIONS.get(action);
        }
        return d != null ? d : "focus pane " + action.substring("focus ".length());
    }
}
