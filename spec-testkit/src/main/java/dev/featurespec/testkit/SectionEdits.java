package dev.featurespec.testkit;

import static dev.featurespec.testkit.EditTexts.normalize;
import static dev.featurespec.testkit.EditTexts.unique;

import dev.featurespec.model.Clarification;
import dev.featurespec.model.ClarificationSession;
import dev.featurespec.model.ExtraSection;
import dev.featurespec.model.Section;
import dev.featurespec.model.Statement;
import dev.featurespec.testkit.SpecEdits.Edit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** The edits {@link SpecEdits} makes to the extended sections, the clarifications and the extra sections. */
final class SectionEdits {
    private final Fresh fresh;

    SectionEdits(Fresh fresh) {
        this.fresh = fresh;
    }

    // ---- the extended sections

    <S> Optional<S> section(
            Optional<S> section,
            String key,
            Function<S, List<Statement>> statements,
            Function<List<Statement>, S> make,
            List<Edit> edits) {
        String pointer = "/" + key;
        if (section.isEmpty()) {
            if (!fresh.chance()) {
                return section;
            }
            edits.add(new Edit("added", "section", Optional.empty(), Optional.of(pointer), Set.of()));
            return Optional.of(make.apply(List.of(Statement.of(fresh.words(4)), Statement.of(fresh.words(5)))));
        }
        if (fresh.chance() && fresh.random().nextInt(3) == 0) {
            edits.add(new Edit("removed", "section", Optional.of(pointer), Optional.empty(), Set.of()));
            return Optional.empty();
        }
        String base = pointer + "/statements";
        List<Statement> list = statements.apply(section.get());
        ListEdit<Statement> plan = new ListEdit<>(list, base, base, "statement");
        boolean[] ok = unique(list, Statement::text, s -> normalize(s.text()));
        for (int i = 0; i < list.size(); i++) {
            Statement s = list.get(i);
            if (ok[i] && fresh.chance()) {
                if (fresh.random().nextBoolean()) {
                    plan.remove(i);
                } else {
                    plan.replace(i, new Statement(s.text() + " " + fresh.word(), s.children()));
                }
            }
        }
        plan.moveOne(ok, fresh);
        while (fresh.chance()) {
            plan.insert(Statement.of(fresh.words(4)), fresh.random());
        }
        if (key.equals("apiContract") && fresh.chance()) {
            plan.insert(Statement.of("BREAKING: " + fresh.words(4)), fresh.random(), "breaking");
        }
        List<Statement> out = plan.result();
        plan.edits(edits);
        return Optional.of(make.apply(out));
    }

    // ---- clarifications and extra sections

    List<ClarificationSession> sessions(List<ClarificationSession> list, List<Edit> edits) {
        ListEdit<ClarificationSession> plan =
                new ListEdit<>(list, "/clarifications", "/clarifications", "clarificationSession");
        boolean[] ok = unique(list, SectionEdits::sessionText, s -> normalize(s.date()));
        for (int i = 0; i < list.size(); i++) {
            if (ok[i] && fresh.chance() && fresh.random().nextInt(3) == 0) {
                plan.remove(i);
            }
        }
        if (fresh.chance()) {
            Set<String> dates = new HashSet<>();
            list.forEach(s -> dates.add(normalize(s.date())));
            String date;
            do {
                date = String.format(
                        "2031-%02d-%02d",
                        1 + fresh.random().nextInt(12), 1 + fresh.random().nextInt(28));
            } while (dates.contains(date));
            plan.append(ClarificationSession.of(date, List.of(newEntry())), "clarified");
        }
        List<ClarificationSession> out = new ArrayList<>(plan.result());
        plan.edits(edits);
        for (int i = 0; i < list.size(); i++) {
            int j = plan.afterIndex(i);
            if (j >= 0 && ok[i]) {
                ClarificationSession s = list.get(i);
                out.set(j, new ClarificationSession(s.date(), s.topic(), entries(s.entries(), i, j, edits)));
            }
        }
        return out;
    }

    private static String sessionText(ClarificationSession s) {
        StringBuilder sb = new StringBuilder(s.topic().orElse(""));
        s.entries()
                .forEach(c -> sb.append(' ')
                        .append(c.question().orElse(""))
                        .append(' ')
                        .append(c.answer()));
        return sb.toString();
    }

    private Clarification newEntry() {
        return Clarification.of(fresh.words(4) + "?", fresh.words(3));
    }

    private List<Clarification> entries(List<Clarification> list, int i, int j, List<Edit> edits) {
        ListEdit<Clarification> plan = new ListEdit<>(
                list, "/clarifications/" + i + "/entries", "/clarifications/" + j + "/entries", "clarification");
        boolean[] ok = unique(
                list,
                c -> c.question().orElse("") + " " + c.answer(),
                c -> c.question().map(EditTexts::normalize).orElse(null));
        for (int k = 0; k < list.size(); k++) {
            Clarification c = list.get(k);
            if (ok[k] && c.question().isPresent() && fresh.chance()) {
                plan.replace(k, new Clarification(c.question(), c.answer() + " " + fresh.word(), c.answerLabel()));
            }
        }
        if (fresh.chance()) {
            plan.append(newEntry(), "clarified");
        }
        List<Clarification> out = plan.result();
        plan.edits(edits);
        return out;
    }

    List<ExtraSection> extras(List<ExtraSection> list, List<Edit> edits) {
        ListEdit<ExtraSection> plan = new ListEdit<>(list, "/extraSections", "/extraSections", "extraSection");
        boolean[] ok = unique(
                list,
                x -> x.heading().orElse("") + " " + x.markdown(),
                x -> x.heading().map(EditTexts::normalize).orElse(null));
        for (int i = 0; i < list.size(); i++) {
            ExtraSection x = list.get(i);
            if (ok[i] && x.heading().isPresent() && fresh.chance()) {
                if (fresh.random().nextBoolean()) {
                    plan.remove(i);
                } else {
                    String markdown = (x.markdown() + "\n\n" + fresh.words(2)).strip();
                    plan.replace(i, new ExtraSection(x.heading(), x.level(), markdown, x.after()));
                }
            }
        }
        if (fresh.chance()) {
            plan.append(ExtraSection.headed(fresh.words(2), 2, fresh.words(6), Section.ASSUMPTIONS));
        }
        List<ExtraSection> out = plan.result();
        plan.edits(edits);
        return out;
    }
}
