package dev.featurespec.writer;

/** The line ending a text writer uses. */
public enum LineEnding {
    /** {@code \n}, the default. */
    LF("\n"),
    /** {@code \r\n}. */
    CRLF("\r\n");

    private final String chars;

    LineEnding(String chars) {
        this.chars = chars;
    }

    /** The characters that end a line. */
    public String chars() {
        return chars;
    }
}
