package dev.featurespec.parser.internal.markdown;

import dev.featurespec.model.diagnostic.Rule;
import dev.featurespec.model.template.TemplateSection;
import dev.featurespec.parser.internal.SourceText;
import java.util.EnumSet;
import java.util.Set;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.ListBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;

/**
 * Reads a heading no language knows by what it holds, so that a spec written from the template in a
 * language without data is still read whole. It looks only at the blocks that follow the heading in the
 * tree commonmark already built (nothing is parsed twice), at most {@value #LOOK_AHEAD} blocks and one
 * level of sub-heading, and decides:
 *
 * <ul>
 *   <li>a level-2 heading whose first sub-heading is a story ({@code <words> N - <title> (<word>: P1)})
 *       is User Scenarios; whose first list starts with {@code FR-001} items is Requirements, with {@code
 *       SC-001} items Success Criteria, with {@code Q: … → A: …} items Clarifications; whose first
 *       sub-heading holds such a list is Requirements (the sub-heading: Functional Requirements), Success
 *       Criteria (Measurable Outcomes) or Clarifications (a session);
 *   <li>under User Scenarios, a heading of the story shape is a story; under Clarifications, a heading of
 *       words then a date whose first list holds Q/A items is a session.
 * </ul>
 *
 * A level-2 heading is not read as a section a known heading of the document names (before or after
 * it). Each heading read this way is reported once (FS019), naming what it was read as. Headings a
 * language knows are never read by content, so specs in known words read as before. One per parse; not
 * thread-safe. Not API.
 */
final class ContentRecognizer {
    /** How many blocks after a heading are looked at: HTML comments and one paragraph may come first. */
    static final int LOOK_AHEAD = 4;

    private final AssemblyContext ctx;
    private final HeadingClassifier classifier;
    private final SectionReader requirements;
    private final SectionReader criteria;
    private final SectionReader clarifications;
    /** The sections named by a known heading so far, each with its parent. */
    private final Set<TemplateSection> named = EnumSet.noneOf(TemplateSection.class);
    /** The sections named by a known heading after the first heading read by content; null until then. */
    private Set<TemplateSection> namedAhead;
    /** The first sub-heading of a heading read by content, and the section it was found to be. */
    private Heading pendingHeading;

    private TemplateSection pendingSection;

    ContentRecognizer(
            AssemblyContext ctx,
            HeadingClassifier classifier,
            SectionReader requirements,
            SectionReader criteria,
            SectionReader clarifications) {
        this.ctx = ctx;
        this.classifier = classifier;
        this.requirements = requirements;
        this.criteria = criteria;
        this.clarifications = clarifications;
    }

    /**
     * True when {@link #resolve} may look past the blocks that follow a heading of kind {@code kind} at
     * {@code level} up to the next heading (to the end of the document, for the headings a level-2 section
     * names): only a level-2 heading in words no language gives. A document parsed in pieces is read whole
     * from such a heading on ({@link TopLevelChunks}).
     */
    static boolean looksAhead(HeadingKind kind, int level) {
        return mayLookAhead(level) && kind instanceof HeadingKind.Unknown;
    }

    /** True when {@link #looksAhead} may be true for a heading at {@code level}: a cheap test first. */
    static boolean mayLookAhead(int level) {
        return level == 2;
    }

    /**
     * What heading {@code h} (stripped text {@code text}) of kind {@code kind} is read as: {@code kind}
     * itself unless it is {@link HeadingKind.Unknown} and its content says more. {@code parent} is the
     * section it stands under (null: none); {@code inStory} is true when a story is open at a shallower
     * level, whose sub-headings stay its own.
     */
    HeadingKind resolve(HeadingKind kind, Heading h, String text, Outline.Entry parent, boolean inStory) {
        if (kind instanceof HeadingKind.KnownSection known) {
            name(named, known.section());
        }
        if (!(kind instanceof HeadingKind.Unknown)) {
            return kind;
        }
        if (h == pendingHeading) {
            TemplateSection section = pendingSection;
            pendingHeading = null;
            pendingSection = null;
            return section(section, h, text);
        }
        if (h.getLevel() == 2) {
            TemplateSection section = topLevel(h);
            if (section == null || namedElsewhere(section, h)) {
                pendingHeading = null;
                pendingSection = null;
                return kind;
            }
            return section(section, h, text);
        }
        TemplateSection under = parent == null ? null : parent.section();
        if (under == TemplateSection.USER_SCENARIOS && !inStory) {
            HeadingKind.Story story = classifier.storyByShape(text);
            if (story != null) {
                report(h, text, "user story " + story.number(), Pointer.of("userStories"));
                return story;
            }
        }
        if (under == TemplateSection.CLARIFICATIONS) {
            HeadingKind.Session session = classifier.sessionByShape(text);
            if (session != null && clarifications.recognises(firstContent(h))) {
                report(h, text, "clarification session " + session.date(), Pointer.of("clarifications"));
                return session;
            }
        }
        return kind;
    }

    private HeadingKind section(TemplateSection section, Heading h, String text) {
        report(
                h,
                text,
                "section '" + canonical(section) + "'",
                Pointer.of(section.anchor().key()));
        return new HeadingKind.KnownSection(section, null);
    }

    /** The level-2 section {@code h} holds, or null; may leave its first sub-heading pending. */
    private TemplateSection topLevel(Heading h) {
        Node first = firstContent(h);
        if (first instanceof Heading sub && sub.getLevel() > h.getLevel()) {
            String subText = ctx.blocks().headingText(sub);
            HeadingKind kind = classifier.classify(subText, sub.getLevel());
            if (kind instanceof HeadingKind.Story) {
                return TemplateSection.USER_SCENARIOS; // a story in the template's words under unknown words
            }
            if (kind instanceof HeadingKind.Session && list(firstContent(sub)) == TemplateSection.CLARIFICATIONS) {
                return TemplateSection.CLARIFICATIONS; // likewise a session holding Q/A items
            }
            if (!(kind instanceof HeadingKind.Unknown)) {
                return null; // other known words: read as they always were
            }
            if (classifier.storyByShape(subText) != null) {
                return TemplateSection.USER_SCENARIOS;
            }
            TemplateSection held = list(firstContent(sub));
            if (held == TemplateSection.CLARIFICATIONS && classifier.sessionByShape(subText) != null) {
                return held; // the sub-heading is read as a session under it
            }
            TemplateSection child = held == TemplateSection.REQUIREMENTS
                    ? TemplateSection.FUNCTIONAL_REQUIREMENTS
                    : held == TemplateSection.SUCCESS_CRITERIA ? TemplateSection.MEASURABLE_OUTCOMES : null;
            if (child != null) {
                pendingHeading = sub;
                pendingSection = child;
                return held;
            }
            return null;
        }
        return list(first);
    }

    /**
     * True when a known heading of the document names {@code section}, before or after {@code h}: then a
     * heading holding its kind of content is something else ({@code ## Notes} with a stray requirement).
     * The headings after {@code h} are classified once per document, when first needed.
     */
    private boolean namedElsewhere(TemplateSection section, Heading h) {
        if (named.contains(section)) {
            return true;
        }
        if (namedAhead == null) {
            namedAhead = EnumSet.noneOf(TemplateSection.class);
            for (Node n = h.getNext(); n != null; n = n.getNext()) {
                if (n instanceof Heading next
                        && next.getLevel() > 1
                        && classifier.classify(ctx.blocks().headingText(next), next.getLevel())
                                instanceof HeadingKind.KnownSection known) {
                    name(namedAhead, known.section());
                }
            }
        }
        return namedAhead.contains(section);
    }

    private static void name(Set<TemplateSection> sections, TemplateSection section) {
        sections.add(section);
        section.parent().ifPresent(sections::add);
    }

    /** The level-2 section a list of requirements, criteria or Q/A entries belongs to, or null. */
    private TemplateSection list(Node block) {
        if (!(block instanceof ListBlock)) {
            return null;
        }
        if (requirements.recognises(block)) {
            return TemplateSection.REQUIREMENTS;
        }
        if (criteria.recognises(block)) {
            return TemplateSection.SUCCESS_CRITERIA;
        }
        if (clarifications.recognises(block)) {
            return TemplateSection.CLARIFICATIONS;
        }
        return null;
    }

    /**
     * The first block after heading {@code h} that says what it holds: HTML comments and one paragraph
     * are passed over, within {@value #LOOK_AHEAD} blocks; null when none comes before a heading of the
     * same or a higher level.
     */
    private static Node firstContent(Heading h) {
        Node n = h.getNext();
        boolean paragraphSeen = false;
        for (int i = 0; n != null && i < LOOK_AHEAD; i++, n = n.getNext()) {
            if (n instanceof HtmlBlock) {
                continue;
            }
            if (n instanceof Paragraph && !paragraphSeen) {
                paragraphSeen = true;
                continue;
            }
            if (n instanceof Heading next && next.getLevel() <= h.getLevel()) {
                return null;
            }
            return n;
        }
        return null;
    }

    private void report(Heading h, String text, String readAs, String pointer) {
        ctx.report(
                Rule.SECTION_READ_BY_CONTENT,
                "Heading '" + AssemblyContext.abbreviate(text) + "' is in words no language gives; read as " + readAs
                        + " by its content",
                pointer,
                SourceText.range(h));
    }

    /** The heading of {@code section} in the first language. */
    private String canonical(TemplateSection section) {
        return ctx.vocab().languages().get(0).first(section.heading()).orElse(section.key());
    }
}
