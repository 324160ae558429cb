// SPDX-License-Identifier: Apache-2.0
// Copyright grove authors
package dev.grove.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class PrintableTextTest {
    @Test
    void controlCharactersAndBrokenSurrogatesBecomeSpaces() {
        assertEquals("a b c d e", PrintableText.of("a\u001bb\u009bc\u0007d\u007fe"));
        assertEquals("x y", PrintableText.of("x\ud800y"));
        assertEquals(" z", PrintableText.of("\udc00z"));
    }

    @Test
    void cleanTextIsReturnedAsIs() {
        String s = "漢字 😀 ok";
        assertSame(s, PrintableText.of(s));
    }
}
