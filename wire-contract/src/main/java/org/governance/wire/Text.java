package org.governance.wire;

/**
 * What text from a client may hold. PostgreSQL's text cannot store U+0000 (the statement fails), and a lone UTF-16
 * surrogate has no UTF-8 form (the driver writes '?' in its place): both are refused at the door, with the field.
 */
public final class Text {

    private Text() {
    }

    /** What is wrong with the text, or null when nothing is. */
    public static String problem(String text) {
        if (text == null) {
            return null;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u0000') {
                return "contains a NUL character (U+0000) at position " + (i + 1);
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return "contains a lone UTF-16 surrogate (U+" + Integer.toHexString(c).toUpperCase() + ") at position " + (i + 1);
            }
            if (Character.isLowSurrogate(c)) {
                return "contains a lone UTF-16 surrogate (U+" + Integer.toHexString(c).toUpperCase() + ") at position " + (i + 1);
            }
        }
        return null;
    }
}
