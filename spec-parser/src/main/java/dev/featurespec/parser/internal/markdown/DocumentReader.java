package dev.featurespec.parser.internal.markdown;

import dev.featurespec.model.FeatureSpec;
import dev.featurespec.model.KeyEntity;
import dev.featurespec.model.Section;
import dev.featurespec.model.diagnostic.Diagnostic;
import dev.featurespec.model.diagnostic.Rule;
import dev.featurespec.model.diagnostic.SourceMap;
import dev.featurespec.model.diagnostic.SourceRange;
import dev.featurespec.model.template.Profile;
import dev.featurespec.model.template.Profiles;
import dev.featurespec.model.template.TemplateSection;
import dev.featurespec.model.template.internal.Syntax;
import dev.featurespec.model.template.internal.Vocabulary;
import dev.featurespec.parser.internal.SourceText;
import java.util.List;
import org.commonmark.node.Document;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;

/**
 * Turns one commonmark document into a {@link FeatureSpec}: a single walk over the document's top-level
 * blocks, as commonmark-java's {@code DocumentParser} walks and leaves each block kind to its parser. A
 * heading is classified ({@link HeadingClassifier}; one in words no language gives, by what follows it,
 * {@link ContentRecognizer}) and opens or closes sections in the {@link Outline},
 * a story, a clarification session or an extra section; every other block goes to what is open, else to
 * the {@link SectionReader} of the innermost section. Nested content is read through source spans, never
 * by recursing over input depth (statement trees stop at {@link StatementReader#MAX_DEPTH}). One
 * instance per parse; not thread-safe. Not API.
 *
 * <pre>{@code
 * DocumentReader reader = new DocumentReader(src, vocabulary, null, false);
 * reader.read(document);
 * FeatureSpec spec = reader.build();
 * reader.diagnostics();
 * }</pre>
 */
public final class DocumentReader {
    private final AssemblyContext ctx;
    private final HeadingClassifier classifier;
    private final Profile fixedProfile;
    private final boolean dropComments;
    private final Outline outline;
    private final ExtraReader extras;
    private final SectionExtents sections;
    private final MetadataReader metadata;
    private final StoryReader stories;
    private final ClarificationReader clarifications;
    private final RequirementReader requirements;
    private final CriteriaReader criteria;
    private final StatementReader statements;
    private final ListSectionReader<String> edgeCases;
    private final ListSectionReader<KeyEntity> entities;
    private final ListSectionReader<String> assumptions;
    /** User Scenarios outside a story holds no typed content; a stray requirement there is reported. */
    private final SectionReader userScenarios;
    /** Reads headings in words no language gives by what they hold. */
    private final ContentRecognizer recognizer;

    private final PresentationReader presentation;
    /** True from the title until the next heading: paragraphs there may be metadata lines. */
    private boolean inPreamble = true;
    /**
     * The level of the heading of a section given a second time while its copy is open, else 0: every
     * heading and block under it, to the next heading of its level or a higher one, is its extra content.
     */
    private int repeatedLevel;

    /**
     * A reader of the document whose normalised source is {@code src}, recognising the words of {@code
     * vocab}, checked against {@code fixedProfile} (null: chosen by the document's sections), dropping HTML
     * comment blocks when {@code dropComments}.
     */
    public DocumentReader(SourceText src, Vocabulary vocab, Profile fixedProfile, boolean dropComments) {
        this.ctx = new AssemblyContext(src, vocab);
        this.presentation = ctx.presentation();
        this.classifier = new HeadingClassifier(vocab);
        this.fixedProfile = fixedProfile;
        this.dropComments = dropComments;
        this.outline = new Outline(ctx);
        this.extras = new ExtraReader(ctx);
        this.sections = new SectionExtents();
        this.metadata = new MetadataReader(ctx, extras);
        this.stories = new StoryReader(ctx, extras);
        this.clarifications = new ClarificationReader(ctx, outline, extras);
        this.requirements = new RequirementReader(ctx, classifier, outline, extras);
        this.criteria = new CriteriaReader(ctx, extras);
        this.statements = new StatementReader(ctx, extras);
        this.edgeCases = new ListSectionReader<>(ctx, extras, Section.EDGE_CASES, text -> text);
        this.entities = new ListSectionReader<>(ctx, extras, Section.KEY_ENTITIES, Syntax::keyEntity);
        this.assumptions = new ListSectionReader<>(ctx, extras, Section.ASSUMPTIONS, text -> text);
        this.recognizer = new ContentRecognizer(ctx, classifier, requirements, criteria, clarifications);
        this.userScenarios = (n, entry) -> {
            requirements.checkStray(n);
            extras.addLoose(Section.USER_SCENARIOS, n);
        };
    }

    /** The diagnostics so far, in the order found; the caller may add its own. */
    public List<Diagnostic> diagnostics() {
        return ctx.diagnostics();
    }

    public SourceMap sourceMap() {
        return ctx.sourceMap();
    }

    /**
     * Every element's whole extent: a story or session from its heading to its last block, else its range;
     * and each template section's. Computed on first use (most callers never write onto the document), after
     * {@link #build()}.
     */
    public SourceMap extents() {
        return ctx.extents(sections.extents());
    }

    /** Keeps the document's front matter, whose closing fence is on 0-based line {@code fenceEndLine}. */
    public void frontMatter(String yaml, int fenceEndLine) {
        metadata.frontMatter(yaml, fenceEndLine);
    }

    public void report(Rule rule, String message, String pointer, SourceRange range) {
        ctx.report(rule, message, pointer, range);
    }

    /**
     * Reads every top-level block of {@code doc}, unlinking each once read so that the blocks no reader
     * keeps can be collected while the rest of the document is read.
     */
    public void read(Document doc) {
        readPiece(doc);
        closeAll();
    }

    /**
     * True when {@code piece}, the next piece of a document parsed in pieces ({@link TopLevelChunks}), can
     * be read before the rest of the document is parsed: none of its headings is one {@link
     * ContentRecognizer} reads by looking past it.
     */
    public boolean standsAlone(Document piece) {
        for (Node n = piece.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Heading h && ContentRecognizer.mayLookAhead(h.getLevel())) {
                HeadingKind kind = classifier.classify(ctx.blocks().headingText(h), h.getLevel());
                if (ContentRecognizer.looksAhead(kind, h.getLevel())
                        || kind instanceof HeadingKind.StoryPart part
                                && ContentRecognizer.looksAhead(part.otherwise(), h.getLevel())) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Reads every top-level block of {@code piece}, one piece of a document parsed in pieces ({@link
     * TopLevelChunks}), unlinking each once read; what is open stays open for the next piece, and {@link
     * #build()} closes it.
     */
    public void readPiece(Document piece) {
        Node n = piece.getFirstChild();
        while (n != null) {
            Node next = n.getNext();
            readTopLevel(n);
            n.unlink();
            n = next;
        }
    }

    private void readTopLevel(Node n) {
        if (n.getSourceSpans().isEmpty()) {
            return;
        }
        sections.block(n);
        if (dropComments
                && n instanceof HtmlBlock h
                && h.getLiteral().stripLeading().startsWith("<!--")) {
            return;
        }
        if (n instanceof Heading h) {
            heading(h);
        } else {
            block(n);
        }
        // the block belongs to the story or session open after reading it: grow that one's extent
        String owner = stories.isOpen() ? stories.openPointer() : clarifications.openPointer();
        if (owner != null) {
            ctx.extend(owner, SourceText.range(n));
        }
    }

    // ------------------------------------------------------------------ headings

    private void heading(Heading h) {
        String text = ctx.blocks().headingText(h); // stripped
        int level = h.getLevel();
        if (repeatedLevel > 0 && level > repeatedLevel) {
            // inside a section's second copy: a heading there, known or not, is text of that copy
            extras.add(h);
            outline.markContent();
            return;
        }
        repeatedLevel = 0;
        HeadingKind kind = classifier.classify(text, level);
        if (kind instanceof HeadingKind.Title title) {
            title(h, text, title);
            return;
        }
        if (kind instanceof HeadingKind.StoryPart part && !stories.isOpen() && !underUserScenarios(level)) {
            // the 2025-08 template's story headings only mean a story inside User Scenarios
            kind = part.otherwise();
        }
        kind = recognizer.resolve(kind, h, text, outline.above(level), stories.isOpen() && level > stories.level());
        if (stories.isOpen() && level > stories.level()) {
            if (kind instanceof HeadingKind.AcceptanceScenarios part) {
                stories.expectScenarios();
                ctx.count(part.language());
                outline.markContent();
                return;
            }
            if (!kind.known()) {
                stories.add(h);
                outline.markContent();
                return;
            }
        }
        ExtraReader.Headed extra = extras.current();
        if (extra != null && level > extra.node().getLevel() && !kind.known()) {
            extras.add(h);
            outline.markContent();
            return;
        }
        closeOpen();
        inPreamble = false;
        outline.close(level);
        outline.markContent();
        open(kind, h, text);
    }

    /** Records a story heading that stands outside User Scenarios. */
    private void storyContent(Heading h) {
        if (!underUserScenarios(h.getLevel())) {
            presentation.headless(TemplateSection.USER_SCENARIOS);
        }
    }

    private boolean underUserScenarios(int level) {
        Outline.Entry parent = outline.above(level);
        return parent != null && parent.section() == TemplateSection.USER_SCENARIOS;
    }

    private void title(Heading h, String text, HeadingKind.Title kind) {
        closeOpen();
        outline.close(1);
        if (metadata.title(h, text, kind)) {
            inPreamble = true;
            return;
        }
        inPreamble = false;
        extras.open(h, text, outline.current());
    }

    /** Opens what heading {@code h} of kind {@code kind} starts, everything before it closed. */
    private void open(HeadingKind kind, Heading h, String text) {
        ctx.count(kind.language());
        if (kind instanceof HeadingKind.KnownSection known && outline.repeated(known.section(), h, text)) {
            // a section given again (a leftover template beside the filled-in spec): the model holds the
            // first copy, and this one stays as it stands, an extra section with everything under it
            repeatedLevel = h.getLevel();
            extras.open(h, text, outline.current());
        } else if (kind instanceof HeadingKind.KnownSection known) {
            openSection(known.section(), h, text);
        } else if (kind instanceof HeadingKind.PrimaryStory) {
            storyContent(h);
            stories.openPrimary(h, text);
        } else if (kind instanceof HeadingKind.AcceptanceScenarios) {
            stories.openAcceptanceScenarios(h, text);
        } else if (kind instanceof HeadingKind.SessionWord) {
            extras.open(h, text, outline.current());
        } else if (kind instanceof HeadingKind.Story story) {
            storyContent(h);
            stories.open(story, h);
        } else if (kind instanceof HeadingKind.Session session) {
            Outline.Entry parent = outline.above(h.getLevel());
            if (parent == null || parent.section() != TemplateSection.CLARIFICATIONS) {
                presentation.headless(TemplateSection.CLARIFICATIONS);
            }
            clarifications.open(session, h);
        } else {
            openUnknown(kind, h, text);
        }
    }

    /**
     * Opens a heading the template does not name: a requirement under Requirements, a group of
     * requirements or criteria under their section, else an extra section (reported at level 2).
     */
    private void openUnknown(HeadingKind kind, Heading h, String text) {
        Outline.Entry current = outline.current();
        if (kind instanceof HeadingKind.RequirementHeading requirement
                && current != null
                && current.holdsRequirements()) {
            requirements.heading(requirement, h, current);
            outline.openRequirementHeading(h);
            return;
        }
        if (current != null && current.kind() != Outline.Kind.REQUIREMENT_HEADING && groups(current.section())) {
            outline.openGroup(current.section(), h, text);
            return;
        }
        if (h.getLevel() == 2) {
            ctx.report(
                    Rule.UNKNOWN_SECTION,
                    "Section '" + text + "' is not part of the template; kept as an extra section",
                    Pointer.of("extraSections", extras.size()),
                    SourceText.range(h));
        }
        extras.open(h, text, current);
    }

    /** True for the sections whose sub-headings group their requirements or criteria. */
    private static boolean groups(TemplateSection section) {
        return section == TemplateSection.FUNCTIONAL_REQUIREMENTS
                || section == TemplateSection.SUCCESS_CRITERIA
                || section == TemplateSection.MEASURABLE_OUTCOMES;
    }

    private void openSection(TemplateSection section, Heading h, String text) {
        if (h.getLevel() == 2
                && (section == TemplateSection.FUNCTIONAL_REQUIREMENTS
                        || section == TemplateSection.MEASURABLE_OUTCOMES)) {
            // at level 2 (## Functional Requirements), the section that is all its parent holds stands for
            // the parent too: the document is not missing Requirements
            section.parent().ifPresent(outline::saw);
        }
        outline.openSection(section, h, text, fixedProfile != null ? fixedProfile : Builtin.EXTENDED);
        presentation.heading(section, h.getLevel(), text);
        extras.placeAfter(section.anchor());
        ctx.put(Pointer.of(section.anchor().key()), SourceText.range(h));
        sections.open(section, h);
        if (section.extended()) {
            statements.open(section);
        }
    }

    // ------------------------------------------------------------------ blocks

    private void block(Node n) {
        outline.markContent();
        if (stories.isOpen()) {
            stories.add(n);
            return;
        }
        if (clarifications.isOpen()) {
            clarifications.add(n);
            return;
        }
        ExtraReader.Headed extra = extras.current();
        if (extra != null) {
            if (repeatedLevel == 0
                    && extra.empty()
                    && extra.parent() != null
                    && extra.parent().holdsRequirements()
                    && requirements.recognises(n)) {
                // an unknown sub-heading of Requirements that opens with requirements groups them
                extras.reclaim();
                requirements.read(
                        n, outline.openGroup(TemplateSection.FUNCTIONAL_REQUIREMENTS, extra.node(), extra.heading()));
                return;
            }
            extras.add(n);
            if (repeatedLevel == 0) {
                // a section's second copy is text as a whole, reported once as such (FS005)
                requirements.checkStray(n);
            }
            return;
        }
        Outline.Entry entry = outline.current();
        if (entry == null) {
            if (inPreamble && metadata.hasTitle() && n instanceof Paragraph p && metadata.paragraph(p)) {
                return;
            }
            extras.addLoose(Section.METADATA, n);
            return;
        }
        readerOf(entry.section()).read(n, entry);
    }

    /** The reader of the blocks of {@code section}; the compiler checks that every section has one. */
    private SectionReader readerOf(TemplateSection section) {
        return switch (section) {
            case CLARIFICATIONS -> clarifications;
            case USER_SCENARIOS -> userScenarios;
            case EDGE_CASES -> edgeCases;
            case REQUIREMENTS, FUNCTIONAL_REQUIREMENTS -> requirements;
            case API_CONTRACT, CONFIGURATION_IMPACT, SECURITY_IMPACT, OBSERVABILITY -> statements;
            case KEY_ENTITIES -> entities;
            case SUCCESS_CRITERIA, MEASURABLE_OUTCOMES -> criteria;
            case ASSUMPTIONS -> assumptions;
        };
    }

    private void closeOpen() {
        stories.close();
        clarifications.close();
        extras.close();
    }

    private void closeAll() {
        closeOpen();
        outline.close(0);
    }

    // ------------------------------------------------------------------ result

    /** The profile the document is checked against: the fixed one, or chosen from its sections. */
    private Profile profile() {
        if (fixedProfile != null) {
            return fixedProfile;
        }
        return statements.any() ? Builtin.EXTENDED : Builtin.SPECKIT;
    }

    /** Builds the spec and adds the document-level diagnostics. */
    public FeatureSpec build() {
        closeAll();
        FeatureSpec.Builder b = FeatureSpec.builder(metadata.checkedTitle());
        String language = ctx.language();
        b.language(language);
        metadata.build(b);
        stories.build(b, language);
        edgeCases.build(b::addEdgeCase);
        requirements.build(b);
        entities.build(b::addKeyEntity);
        criteria.build(b);
        statements.build(b);
        assumptions.build(b::addAssumption);
        clarifications.build(b);
        extras.build(b);
        if (stories.any()) {
            outline.saw(TemplateSection.USER_SCENARIOS);
        }
        outline.checkMandatory(profile(), language, metadata.titleRange());
        FeatureSpec spec = b.build();
        return spec.toBuilder()
                .presentation(presentation.build(
                        language,
                        fixedProfile != null ? fixedProfile : Profiles.forSpec(spec),
                        Syntax.WORDS_OF_EVERY_LANGUAGE))
                .build();
    }

    /** The built-in profiles, looked up once (a heading asks for one). */
    private static final class Builtin {
        static final Profile SPECKIT = Profiles.builtIn(Profile.SPECKIT);
        static final Profile EXTENDED = Profiles.builtIn(Profile.EXTENDED);
    }
}
