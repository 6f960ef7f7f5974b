package io.bdnn.backends.files;

/**
 * JSON string literals in pure ASCII, for the hand-streamed name map: quotes, backslashes,
 * control characters and every non-ASCII character are escaped ({@code \u00e9}), so the text
 * can go through {@link AsciiSink} unchanged and any JSON reader gets the original string back.
 */
final class JsonText {
    private JsonText() {
    }

    static String quote(String text) {
        StringBuilder quoted = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                case '\n' -> quoted.append("\\n");
                case '\r' -> quoted.append("\\r");
                case '\t' -> quoted.append("\\t");
                default -> {
                    if (c < 0x20 || c > 0x7e) {
                        quoted.append(String.format("\\u%04x", (int) c));
                    } else {
                        quoted.append(c);
                    }
                }
            }
        }
        return quoted.append('"').toString();
    }
}
