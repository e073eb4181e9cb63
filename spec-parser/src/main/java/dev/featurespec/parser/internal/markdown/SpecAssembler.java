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
 * Turns one commonmark document into a {@link FeatureSpec}: a single pass over the document's top-level
 * blocks, with a small fixed-size context (current section, story, session or extra section). Nested
 * content is read through source spans, never by recursing over input depth, except statement trees,
 * which stop at {@link StatementReader#MAX_DEPTH}. One instance per parse; not thread-safe. Not API.
 */
public final class SpecAssembler {
    private final AssemblyContext ctx;
    private final SourceText src;
    private final Blocks blocks;
    private final Vocabulary vocab;
    private final HeadingClassifier classifier;
    private final Profile fixedProfile;
    private final boolean dropComments;

    // results
    private final ExtraReader extras;
    private final MetadataReader metadata;
    private final StoryReader stories;
    private final RequirementReader requirements;
    private final CriteriaReader criteria;
    private final ClarificationReader clarifications;
    private final StatementReader statements;
    private final ListSectionReader<String> edgeCases;
    private final ListSectionReader<KeyEntity> entities;
    private final ListSectionReader<String> assumptions;

    // context
    private final Outline outline;

    private boolean inPreamble = true;

    public SpecAssembler(SourceText src, Vocabulary vocab, Profile fixedProfile, boolean dropComments) {
        this.ctx = new AssemblyContext(src, vocab);
        this.src = src;
        this.blocks = ctx.blocks();
        this.vocab = vocab;
        this.classifier = new HeadingClassifier(vocab);
        this.outline = new Outline(ctx);
        this.extras = new ExtraReader(ctx);
        this.metadata = new MetadataReader(ctx, extras);
        this.stories = new StoryReader(ctx, extras);
        this.requirements = new RequirementReader(ctx, classifier, outline, extras);
        this.criteria = new CriteriaReader(ctx, extras);
        this.clarifications = new ClarificationReader(ctx, outline, extras);
        this.statements = new StatementReader(ctx, extras);
        this.edgeCases = new ListSectionReader<>(ctx, extras, Section.EDGE_CASES, text -> text);
        this.entities = new ListSectionReader<>(ctx, extras, Section.KEY_ENTITIES, Syntax::keyEntity);
        this.assumptions = new ListSectionReader<>(ctx, extras, Section.ASSUMPTIONS, text -> text);
        this.fixedProfile = fixedProfile;
        this.dropComments = dropComments;
    }

    public List<Diagnostic> diagnostics() {
        return ctx.diagnostics();
    }

    public SourceMap sourceMap() {
        return ctx.sourceMap();
    }

    /** Keeps the document's front matter, whose closing fence is on 0-based line {@code fenceEndLine}. */
    public void frontMatter(String yaml, int fenceEndLine) {
        metadata.frontMatter(yaml, fenceEndLine);
    }

    public void report(Rule rule, String message, String pointer, SourceRange range) {
        ctx.report(rule, message, pointer, range);
    }

    // ------------------------------------------------------------------ walk

    /**
     * Reads every top-level block of {@code doc}, unlinking each once read so that the blocks no
     * builder keeps can be collected while the rest of the document is read.
     */
    public void read(Document doc) {
        Node n = doc.getFirstChild();
        while (n != null) {
            Node next = n.getNext();
            readTopLevel(n);
            n.unlink();
            n = next;
        }
        closeAll();
    }

    private void readTopLevel(Node n) {
        if (n.getSourceSpans().isEmpty()) {
            return;
        }
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
    }

    private void heading(Heading h) {
        String text = blocks.headingText(h);
        int level = h.getLevel();
        HeadingKind kind = classifier.classify(text, level);
        if (kind instanceof HeadingKind.Title t) {
            title(h, text, t);
            return;
        }
        if (kind instanceof HeadingKind.StoryPart part && !stories.isOpen() && !underUserScenarios(level)) {
            // the 2025-08 template's story headings only mean a story inside User Scenarios
            kind = part.otherwise();
        }
        boolean known = kind.known();
        if (stories.isOpen() && level > stories.level()) {
            if (kind instanceof HeadingKind.AcceptanceScenarios part) {
                stories.expectScenarios();
                ctx.count(part.language());
                outline.markContent();
                return;
            }
            if (!known) {
                stories.add(h);
                outline.markContent();
                return;
            }
        }
        ExtraReader.Headed extra = extras.current();
        if (extra != null && level > extra.node().getLevel() && !known) {
            extras.add(h);
            outline.markContent();
            return;
        }
        closeOpen();
        inPreamble = false;
        outline.close(level);
        outline.markContent();
        if (kind instanceof HeadingKind.KnownSection section) {
            ctx.count(section.language());
            openSection(section.section(), h, text);
        } else if (kind instanceof HeadingKind.PrimaryStory part) {
            ctx.count(part.language());
            stories.openPrimary(h, text);
        } else if (kind instanceof HeadingKind.AcceptanceScenarios part) {
            ctx.count(part.language());
            stories.openAcceptanceScenarios(h, text);
        } else if (kind instanceof HeadingKind.SessionWord word) {
            ctx.count(word.language());
            extras.open(h, text, outline.current());
        } else if (kind instanceof HeadingKind.Story s) {
            ctx.count(s.language());
            stories.open(s, h);
        } else if (kind instanceof HeadingKind.Session s) {
            ctx.count(s.language());
            clarifications.open(s, h);
        } else {
            unknownHeading(kind, h, text, level);
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

    private void unknownHeading(HeadingKind kind, Heading h, String text, int level) {
        Outline.Entry current = outline.current();
        if (kind instanceof HeadingKind.RequirementHeading r && current != null && current.holdsRequirements()) {
            requirements.heading(r, h, current);
            outline.openRequirementHeading(h);
            return;
        }
        if (current != null && current.kind() != Outline.Kind.REQUIREMENT_HEADING && groups(current.section())) {
            outline.openGroup(current.section(), h, text);
            return;
        }
        if (level == 2) {
            ctx.report(
                    Rule.UNKNOWN_SECTION,
                    "Section '" + text + "' is not part of the template; kept as an extra section",
                    Pointer.of("extraSections", extras.size()),
                    SourceText.range(h));
        }
        extras.open(h, text, outline.current());
    }

    /** True for the sections whose sub-headings group their requirements or criteria. */
    private static boolean groups(TemplateSection section) {
        return section == TemplateSection.FUNCTIONAL_REQUIREMENTS
                || section == TemplateSection.SUCCESS_CRITERIA
                || section == TemplateSection.MEASURABLE_OUTCOMES;
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

    private void openSection(TemplateSection section, Heading h, String text) {
        outline.openSection(section, h, text, fixedProfile != null ? fixedProfile : Builtin.EXTENDED);
        extras.placeAfter(section.anchor());
        ctx.put(Pointer.of(section.anchor().key()), SourceText.range(h));
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
            if (extra.empty()
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
            requirements.checkStray(n);
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
        switch (entry.section()) {
            case EDGE_CASES -> edgeCases.read(n, entry);
            case ASSUMPTIONS -> assumptions.read(n, entry);
            case REQUIREMENTS, FUNCTIONAL_REQUIREMENTS -> requirements.read(n, entry);
            case SUCCESS_CRITERIA, MEASURABLE_OUTCOMES -> criteria.read(n, entry);
            case KEY_ENTITIES -> entities.read(n, entry);
            case API_CONTRACT, CONFIGURATION_IMPACT, SECURITY_IMPACT, OBSERVABILITY -> statements.read(n, entry);
            case CLARIFICATIONS -> clarifications.read(n, entry);
            case USER_SCENARIOS -> {
                requirements.checkStray(n);
                extras.addLoose(Section.USER_SCENARIOS, n);
            }
        }
    }

    // ------------------------------------------------------------------ result

    /** The profile the document is checked against: the fixed one, or chosen from its sections. */
    public Profile profile() {
        if (fixedProfile != null) {
            return fixedProfile;
        }
        return statements.any() ? Builtin.EXTENDED : Builtin.SPECKIT;
    }

    /** Builds the spec and adds the document-level diagnostics. */
    public FeatureSpec build() {
        closeAll();
        FeatureSpec.Builder b = FeatureSpec.builder(metadata.checkedTitle());
        String lang = ctx.language();
        b.language(lang);
        metadata.build(b);
        stories.build(b, lang);
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
        outline.checkMandatory(profile(), lang, metadata.titleRange());
        return b.build();
    }

    /** The built-in profiles, looked up once (a heading asks for one). */
    private static final class Builtin {
        static final Profile SPECKIT = Profiles.builtIn(Profile.SPECKIT);
        static final Profile EXTENDED = Profiles.builtIn(Profile.EXTENDED);
    }
}
