package dev.featurespec.parser.internal.markdown;

import dev.featurespec.model.diagnostic.Rule;
import dev.featurespec.model.diagnostic.SourceRange;
import dev.featurespec.model.template.Language;
import dev.featurespec.model.template.Profile;
import dev.featurespec.model.template.ProfileSection;
import dev.featurespec.model.template.TemplateSection;
import dev.featurespec.model.template.internal.Syntax;
import dev.featurespec.parser.internal.SourceText;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.commonmark.node.Heading;

/**
 * The outline of the document as read so far: the sections open at the current point, innermost first,
 * each with its heading level (a heading closes every entry at its level or deeper), and the template
 * sections the document has, with the first heading of each. It reports what is wrong with that shape: a
 * section with no content (FS-empty-section), given twice, under the wrong parent, or missing when
 * mandatory. One per parse; not thread-safe. Not API.
 */
final class Outline {
    /** What an open entry is. */
    enum Kind {
        /** A template section under its own heading. */
        SECTION,
        /** A sub-heading that groups the requirements or criteria of its section; they get its text as group. */
        GROUP,
        /** A heading that names one requirement, {@code #### FR-001: Export}; what follows may add to it. */
        REQUIREMENT_HEADING
    }

    /**
     * One open entry. Entries are told apart by identity: each has its own heading.
     *
     * @param kind what it is
     * @param section the section content read here belongs to (Functional Requirements for a requirement
     *     heading)
     * @param level its heading level
     * @param heading its heading
     * @param group for a group, the text its requirements or criteria get as group attribute; else null
     * @param opened the outline's count of content when the entry opened
     */
    record Entry(Kind kind, TemplateSection section, int level, Heading heading, String group, long opened) {
        /** True for a section or group of Requirements or Functional Requirements. */
        boolean holdsRequirements() {
            return kind != Kind.REQUIREMENT_HEADING
                    && (section == TemplateSection.REQUIREMENTS || section == TemplateSection.FUNCTIONAL_REQUIREMENTS);
        }

        /** {@code attributes} with this entry's group first, when it is a group and they name none. */
        Map<String, String> withGroup(Map<String, String> attributes) {
            if (group == null || attributes.containsKey(Syntax.GROUP_ATTRIBUTE)) {
                return attributes;
            }
            Map<String, String> out = new LinkedHashMap<>();
            out.put(Syntax.GROUP_ATTRIBUTE, group);
            out.putAll(attributes);
            return out;
        }
    }

    private final AssemblyContext ctx;
    private final Deque<Entry> open = new ArrayDeque<>();
    private final Map<TemplateSection, Heading> firstHeadings = new EnumMap<>(TemplateSection.class);
    private final Set<TemplateSection> seen = EnumSet.noneOf(TemplateSection.class);
    /** How often content came (a block or a sub-heading): an entry has content when this grew while it was open. */
    private long marks;

    Outline(AssemblyContext ctx) {
        this.ctx = ctx;
    }

    /** The innermost open entry, or null outside every section. */
    Entry current() {
        return open.peek();
    }

    /** The innermost open entry a heading of {@code level} would stand under, or null. */
    Entry above(int level) {
        for (Entry e : open) {
            if (e.level < level) {
                return e;
            }
        }
        return null;
    }

    /**
     * True, reported, when {@code section} already has a heading and heading {@code h} (stripped text
     * {@code text}) names it again: the model is read from the first copy only, and this one is kept as
     * an extra section, as text the model does not hold.
     */
    boolean repeated(TemplateSection section, Heading h, String text) {
        Heading first = firstHeadings.get(section);
        if (first == null) {
            return false;
        }
        ctx.report(
                Rule.DUPLICATE_SECTION,
                "Section '" + text + "' appears twice (first at line "
                        + SourceText.range(first).start().line() + "); this copy is kept as an extra section",
                Pointer.of(section.anchor().key()),
                SourceText.range(h));
        return true;
    }

    /**
     * Opens the template section {@code section} under heading {@code h} (stripped text {@code text}), not yet with
     * content. Reports a section that stands under another one than {@code layout} puts it under; a section
     * given twice is found by {@link #repeated} before.
     */
    Entry openSection(TemplateSection section, Heading h, String text, Profile layout) {
        String pointer = Pointer.of(section.anchor().key());
        Entry parent = open.peek();
        firstHeadings.putIfAbsent(section, h);
        seen.add(section);
        Optional<TemplateSection> expected = layout.section(section).flatMap(ProfileSection::parent);
        if (expected.isPresent()
                && parent != null
                && parent.kind != Kind.REQUIREMENT_HEADING
                && expected.get() != parent.section) {
            ctx.report(
                    Rule.SECTION_OUT_OF_PLACE,
                    "Section '" + text + "' belongs under '" + canonicalHeading(expected.get()) + "', not under '"
                            + canonicalHeading(parent.section) + "'",
                    pointer,
                    SourceText.range(h));
        }
        return push(new Entry(Kind.SECTION, section, h.getLevel(), h, null, marks));
    }

    /** Opens a group of {@code section}'s requirements or criteria under heading {@code h}, named {@code group}. */
    Entry openGroup(TemplateSection section, Heading h, String group) {
        return push(new Entry(Kind.GROUP, section, h.getLevel(), h, group, marks));
    }

    /** Opens the heading {@code h} that names one requirement. */
    Entry openRequirementHeading(Heading h) {
        return push(new Entry(
                Kind.REQUIREMENT_HEADING, TemplateSection.FUNCTIONAL_REQUIREMENTS, h.getLevel(), h, null, marks));
    }

    private Entry push(Entry e) {
        open.push(e);
        return e;
    }

    /** Every open entry now has content: a block or a sub-heading came after its heading. */
    void markContent() {
        marks++;
    }

    /** Closes the entries at {@code level} or deeper, reporting each template section left without content. */
    void close(int level) {
        while (!open.isEmpty() && open.peek().level >= level) {
            Entry e = open.pop();
            if (e.kind == Kind.SECTION && e.opened == marks) {
                ctx.report(
                        Rule.EMPTY_SECTION,
                        "Section '" + ctx.blocks().headingText(e.heading) + "' has no content",
                        Pointer.of(e.section.anchor().key()),
                        SourceText.range(e.heading));
            }
        }
    }

    /** Notes that the document has {@code section}: content that belongs to it, without its heading. */
    void saw(TemplateSection section) {
        seen.add(section);
    }

    /**
     * Reports each mandatory section of {@code profile} the document lacks, named in the words of {@code
     * language} (null: the first language), where its parent section is, else at {@code fallback}.
     */
    void checkMandatory(Profile profile, String language, SourceRange fallback) {
        Language words = ctx.vocab().languages().get(0);
        for (Language l : ctx.vocab().languages()) {
            if (l.code().equals(language)) {
                words = l;
            }
        }
        for (TemplateSection section : profile.mandatorySections()) {
            if (seen.contains(section)) {
                continue;
            }
            Heading parent = profile.section(section)
                    .flatMap(ProfileSection::parent)
                    .map(firstHeadings::get)
                    .orElse(null);
            ctx.report(
                    Rule.MISSING_SECTION,
                    "Mandatory section '"
                            + words.first(section.heading()).orElseGet(() -> canonicalHeading(section))
                            + "' is missing (profile " + profile.name() + ")",
                    Pointer.of(section.anchor().key()),
                    parent != null ? SourceText.range(parent) : fallback);
        }
    }

    /** The heading of {@code section} in the first language (English unless the caller gave another). */
    private String canonicalHeading(TemplateSection section) {
        return ctx.vocab().languages().get(0).first(section.heading()).orElse(section.key());
    }
}
