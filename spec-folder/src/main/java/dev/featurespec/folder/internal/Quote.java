package dev.featurespec.folder.internal;

/** Text quoted for a message: stripped, on one line, at most 60 characters. Not API. */
final class Quote {
    private static final int LIMIT = 60;

    private Quote() {}

    static String of(String text) {
        String t = text.strip().replace('\n', ' ');
        if (t.length() > LIMIT) {
            t = t.substring(0, LIMIT - 1) + "…";
        }
        return '"' + t + '"';
    }
}
