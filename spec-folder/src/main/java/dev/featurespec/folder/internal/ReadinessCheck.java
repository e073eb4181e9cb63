package dev.featurespec.folder.internal;

import dev.featurespec.model.diagnostic.Rule;
import java.util.List;
import java.util.Locale;

/**
 * FS207: checklist items left unchecked while the spec's status says it is ready. A status is ready when
 * it starts with one of the ready words, ignoring case ({@code Ready for planning}, {@code Approved},
 * {@code Implementado (Fase 1)}). Not API.
 */
public final class ReadinessCheck {
    private ReadinessCheck() {}

    /** Whether {@code status} starts with one of {@code readyWords} as a whole word, ignoring case. */
    public static boolean isReady(String status, List<String> readyWords) {
        String s = status.strip().toLowerCase(Locale.ROOT);
        for (String w : readyWords) {
            String word = w.toLowerCase(Locale.ROOT);
            if (s.startsWith(word)
                    && (s.length() == word.length() || !Character.isLetterOrDigit(s.charAt(word.length())))) {
                return true;
            }
        }
        return false;
    }

    public static void run(FolderChecks c, List<String> readyWords) {
        var status = c.folder().spec().document().metadata().status();
        if (status.isEmpty() || !isReady(status.get(), readyWords)) {
            return;
        }
        for (ItemIndex.Traced i : c.items().items()) {
            if (!i.item().done()) {
                c.findings()
                        .report(
                                i.file(),
                                Rule.OPEN_CHECKLIST_ITEM,
                                i.name() + " is not checked, but the spec's status is " + Quote.of(status.get()),
                                i.pointer());
            }
        }
    }
}
