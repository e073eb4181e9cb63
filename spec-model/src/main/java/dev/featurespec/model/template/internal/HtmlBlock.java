package dev.featurespec.model.template.internal;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * HTML blocks as CommonMark reads them, for the checks that must skip them: a fence line inside one is
 * HTML, not a fence. Kinds 1 to 5 ({@code <pre}, {@code <!--}, {@code <?}, {@code <!X}, {@code
 * <![CDATA[}) run to the line holding their end marker; kinds 6 (a block-level tag such as {@code <div}
 * or {@code <p}) and 7 (any complete tag alone on its line, which cannot interrupt a paragraph) run to a
 * blank line. Not API.
 */
public final class HtmlBlock {
    private HtmlBlock() {}

    /** CommonMark's block-level tag names (HTML block kind 6). */
    private static final Set<String> BLOCK_TAGS = Set.of(
            "address",
            "article",
            "aside",
            "base",
            "basefont",
            "blockquote",
            "body",
            "caption",
            "center",
            "col",
            "colgroup",
            "dd",
            "details",
            "dialog",
            "dir",
            "div",
            "dl",
            "dt",
            "fieldset",
            "figcaption",
            "figure",
            "footer",
            "form",
            "frame",
            "frameset",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "head",
            "header",
            "hr",
            "html",
            "iframe",
            "legend",
            "li",
            "link",
            "main",
            "menu",
            "menuitem",
            "nav",
            "noframes",
            "ol",
            "optgroup",
            "option",
            "p",
            "param",
            "search",
            "section",
            "summary",
            "table",
            "tbody",
            "td",
            "tfoot",
            "th",
            "thead",
            "title",
            "tr",
            "track",
            "ul");

    private static final String ATTRIBUTE =
            "(?:\\s+[A-Za-z_:][A-Za-z0-9_.:-]*(?:\\s*=\\s*(?:[^\\s\"'=<>`]+|'[^']*'|\"[^\"]*\"))?)";
    /** A complete open or closing tag and nothing after it but blank space (kind 7). */
    private static final Pattern COMPLETE_TAG =
            Pattern.compile("(?:<[A-Za-z][A-Za-z0-9-]*" + ATTRIBUTE + "*\\s*/?>|</[A-Za-z][A-Za-z0-9-]*\\s*>)\\s*");

    /**
     * The kind of HTML block {@code line} starts (1 to 7), or 0. {@code line} is stripped of an indent under
     * four spaces; {@code inParagraph} says whether it would otherwise continue a paragraph, which only
     * kinds 1 to 6 interrupt.
     */
    public static int start(String line, boolean inParagraph) {
        if (line.length() < 2 || line.charAt(0) != '<') {
            return 0;
        }
        String l = line.toLowerCase(Locale.ROOT);
        for (String tag : new String[] {"script", "pre", "style", "textarea"}) {
            if (l.startsWith("<" + tag)
                    && (l.length() == tag.length() + 1 || " \t>".indexOf(l.charAt(tag.length() + 1)) >= 0)) {
                return 1;
            }
        }
        if (l.startsWith("<!--")) {
            return 2;
        }
        if (l.startsWith("<?")) {
            return 3;
        }
        if (line.startsWith("<![CDATA[")) { // upper case only, unlike the tag names
            return 5;
        }
        if (l.length() > 2 && l.startsWith("<!") && l.charAt(2) >= 'a' && l.charAt(2) <= 'z') {
            return 4; // an ASCII letter after <!
        }
        int i = l.startsWith("</") ? 2 : 1;
        int end = i;
        while (end < l.length() && (Character.isLetterOrDigit(l.charAt(end)) && l.charAt(end) < 128)) {
            end++;
        }
        if (end > i && BLOCK_TAGS.contains(l.substring(i, end))) {
            if (end == l.length() || " \t>".indexOf(l.charAt(end)) >= 0 || l.startsWith("/>", end)) {
                return 6;
            }
        }
        return !inParagraph && COMPLETE_TAG.matcher(line).matches() ? 7 : 0;
    }

    /**
     * True when {@code line} ends an HTML block of {@code kind}: for kinds 1 to 5 the line holding the end
     * marker, which is part of the block (the block's first line may hold it too); for 6 and 7 a blank line,
     * which is not.
     */
    public static boolean ends(int kind, String line) {
        String l = line.toLowerCase(Locale.ROOT);
        return switch (kind) {
            case 1 ->
                l.contains("</script>") || l.contains("</pre>") || l.contains("</style>") || l.contains("</textarea>");
            case 2 -> l.contains("-->");
            case 3 -> l.contains("?>");
            case 4 -> l.contains(">");
            case 5 -> l.contains("]]>");
            default -> line.isBlank();
        };
    }
}
