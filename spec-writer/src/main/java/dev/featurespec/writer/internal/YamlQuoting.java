package dev.featurespec.writer.internal;

import java.util.regex.Pattern;
import tools.jackson.dataformat.yaml.util.StringQuotingChecker;

/**
 * Jackson's minimal quoting, plus quotes for every plain scalar that some YAML reader (1.1 or 1.2) would
 * resolve to a number, boolean, null or timestamp, so every string reads back as a string. Not API.
 */
public final class YamlQuoting extends StringQuotingChecker {
    private static final long serialVersionUID = 1L;

    // numbers in every YAML flavour: 1, -1, +1, 1.0, .5, 1e3, 0x1F, 0o17, 0b11, 012, 1_000, 1:30, .inf, .nan
    private static final Pattern NUMBER_LIKE = Pattern.compile(
            "[-+]?(\\.?[0-9][0-9_:.]*([eE][-+]?[0-9]+)?|0[xXoObB][0-9a-fA-F_]+|\\.(inf|Inf|INF|nan|NaN|NAN))");
    // YAML 1.1 timestamps and anything date-like
    private static final Pattern DATE_LIKE = Pattern.compile("[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}([Tt ].*)?");
    // YAML 1.1 booleans and nulls, any case
    private static final Pattern KEYWORD = Pattern.compile("(?i)(y|n|yes|no|true|false|on|off|null|~|=|<<)");

    private final StringQuotingChecker.Default base = StringQuotingChecker.Default.instance();

    @Override
    public boolean needToQuoteName(String name) {
        return base.needToQuoteName(name) || risky(name);
    }

    @Override
    public boolean needToQuoteValue(String value) {
        return base.needToQuoteValue(value) || risky(value);
    }

    private static boolean risky(String s) {
        return s.isEmpty()
                || NUMBER_LIKE.matcher(s).matches()
                || DATE_LIKE.matcher(s).matches()
                || KEYWORD.matcher(s).matches();
    }
}
