package dev.featurespec.model.template.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.featurespec.model.template.Languages;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

class KeywordMatcherTest {
    private static final Vocabulary VOCAB = new Vocabulary(Languages.builtIn(), null);

    private static List<String> regexMatches(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = VOCAB.keyword().matcher(text);
        while (m.find()) {
            out.add(m.start() + "-" + m.end() + ":" + m.group(1) + "/" + m.group(2) + "/" + m.group(3));
        }
        return out;
    }

    private static List<String> fastMatches(String text) {
        List<String> out = new ArrayList<>();
        KeywordMatcher m = VOCAB.keywords(text);
        while (m.find()) {
            out.add(m.start() + "-" + m.end() + ":" + m.group(1) + "/" + m.group(2) + "/" + m.group(3));
        }
        return out;
    }

    @Test
    void findsTheSameMatchesAsTheRegexOnAScenario() {
        String text = "**Given** a user, **When** they log in, Then\n- And it works, 前提 x **  Then:** done";
        assertThat(fastMatches(text)).isEqualTo(regexMatches(text)).hasSize(6);
    }

    @Test
    void findsTheSameMatchesAsTheRegexOnRandomText() {
        String[] pieces = {
            "Given", "When", "Then", "And", "But", "**", "__", " ", "  ", "\n", "\n- ", "\n   * ", ", ", "；", ":", "x",
            "Giv", "前提", "もし", "かつ", "Soit", "Quand", "Et", "-", "*", "_", "，", ";", "; ", "+", "+ ", "\t",
            "\r", "\f", "E", "Each", "Y", "You", "并且"
        };
        Random random = new Random(42);
        for (int i = 0; i < 50_000; i++) {
            StringBuilder sb = new StringBuilder();
            int n = random.nextInt(12);
            for (int j = 0; j < n; j++) {
                sb.append(pieces[random.nextInt(pieces.length)]);
            }
            String text = sb.toString();
            assertThat(fastMatches(text)).as(text).isEqualTo(regexMatches(text));
        }
    }
}
