package dev.featurespec.testkit;

import dev.featurespec.model.AcceptanceScenario;
import dev.featurespec.model.ApiContractSection;
import dev.featurespec.model.Clarification;
import dev.featurespec.model.ClarificationSession;
import dev.featurespec.model.ExtraSection;
import dev.featurespec.model.FeatureSpec;
import dev.featurespec.model.ImpactSection;
import dev.featurespec.model.KeyEntity;
import dev.featurespec.model.Metadata;
import dev.featurespec.model.ObservabilitySection;
import dev.featurespec.model.Priority;
import dev.featurespec.model.Requirement;
import dev.featurespec.model.Section;
import dev.featurespec.model.Statement;
import dev.featurespec.model.SuccessCriterion;
import dev.featurespec.model.UserStory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * A seeded random generator of valid {@link FeatureSpec}s for property tests, benchmarks and fuzzing.
 * The same seed and settings always give the same sequence of specs.
 *
 * <p>Every spec it makes is <em>canonical-safe</em>: every text is something the Markdown parser reads
 * back exactly once the canonical writer has placed it. Texts are trimmed, single-spaced, start a line
 * with block syntax only where the writer keeps it inside its element (a nested list or quote in a list
 * item, a scenario's nested {@code - **And** …} step, a table or quote in a block) and never end a line
 * with spaces; they do hold what real specs hold: unicode, {@code [NEEDS CLARIFICATION: …]} markers,
 * {@code &}, code spans, emphasis, links, {@code #}, {@code |}, {@code >}, {@code -}, {@code **} and
 * {@code [} inside lines, several lines ({@link GeneratedTexts}), and key-entity names holding {@code
 * **}, {@code *} or {@code _}. Stories are numbered 1, 2, …,
 * some with a label ({@code US-003}); criteria are sometimes numbered ({@code 1.}, {@code 2)}); extra
 * sections are anchored where the writer puts them back; optional values are sometimes absent.
 *
 * <pre>{@code
 * SpecGenerator generator = new SpecGenerator(42).size(8);
 * FeatureSpec spec = generator.next();
 * }</pre>
 *
 * <p>Not thread-safe: give each thread its own generator.
 */
public final class SpecGenerator {
    /** Key-entity names the template's bold form cannot hold as they are. */
    private static final String[] MARKED_NAMES = {"with **bold** part", "run*config", "scenario_id", "a*b_c"};
    /** Story labels: the story word and number as some real specs write them. */
    private static final String[] STORY_LABELS = {"US-%03d", "Story %d", "US%d", "US-%d"};

    private static final String[] GROUPS = {"Authentication", "Billing & Invoices", "通知", "Exports `v2`"};
    private static final String[] LABELS = {"Epic", "Owner", "Target Release", "担当", "Reviewers"};
    private static final String[] STATUSES = {"Draft", "In Review", "Approved", "Ready for Planning"};

    private static final Set<Section> EXTENDED = EnumSet.of(
            Section.API_CONTRACT, Section.CONFIGURATION_IMPACT, Section.SECURITY_IMPACT, Section.OBSERVABILITY);

    private SplittableRandom random;
    private GeneratedTexts texts;
    private int size = 4;
    private List<String> languages = List.of();
    private boolean tables = true;

    /** A generator for {@code seed}, size 4, English only. */
    public SpecGenerator(long seed) {
        this.random = new SplittableRandom(seed);
        this.texts = new GeneratedTexts(random);
    }

    /**
     * Scales the specs: lists hold up to about {@code size} elements (stories, requirements, bullets
     * …), so the Markdown grows roughly linearly with it. Default 4; 0 gives near-empty specs.
     */
    public SpecGenerator size(int size) {
        if (size < 0) {
            throw new IllegalArgumentException("size must not be negative: " + size);
        }
        this.size = size;
        return this;
    }

    /**
     * The languages (BCP 47 codes other than English) a spec may be written in; each spec picks English
     * or one of them. Default: English only.
     */
    public SpecGenerator languages(List<String> codes) {
        this.languages = List.copyOf(codes);
        return this;
    }

    /** Whether requirements and criteria may come with table attributes. Default {@code true}. */
    public SpecGenerator tables(boolean tables) {
        this.tables = tables;
        return this;
    }

    /**
     * The next spec of at least {@code target} in the caller's measure (say, the byte length of its
     * Markdown), and not much more: the smallest {@linkplain #size(int) size} that reaches it, for the
     * same random choices. For benchmarks that need inputs of a given size.
     *
     * <pre>{@code
     * FeatureSpec spec = generator.nextOfSize(100_000, s -> writer.write(s).length());
     * }</pre>
     *
     * @throws IllegalArgumentException when no size up to 2^20 reaches {@code target}
     */
    public FeatureSpec nextOfSize(long target, java.util.function.ToLongFunction<FeatureSpec> measure) {
        long seed = random.nextLong();
        int saved = size;
        try {
            int low = 0;
            int high = Math.max(1, saved);
            while (measure.applyAsLong(withSize(seed, high)) < target) {
                low = high;
                high *= 2;
                if (high > (1 << 20)) {
                    throw new IllegalArgumentException("no spec reaches " + target + " up to size 2^20");
                }
            }
            while (high - low > 1) {
                int mid = (low + high) >>> 1;
                if (measure.applyAsLong(withSize(seed, mid)) < target) {
                    low = mid;
                } else {
                    high = mid;
                }
            }
            return withSize(seed, high);
        } finally {
            size = saved;
        }
    }

    private FeatureSpec withSize(long seed, int newSize) {
        SplittableRandom saved = random;
        GeneratedTexts savedTexts = texts;
        random = new SplittableRandom(seed);
        texts = new GeneratedTexts(random);
        size = newSize;
        try {
            return next();
        } finally {
            random = saved;
            texts = savedTexts;
        }
    }

    /** The next spec. */
    public FeatureSpec next() {
        FeatureSpec.Builder b = FeatureSpec.builder(chance(10) ? "" : line(6));
        if (!languages.isEmpty() && chance(30)) {
            b.language(languages.get(random.nextInt(languages.size())));
        }
        if (chance(15)) {
            b.frontMatter("id: " + random.nextInt(1000) + "\ntags: [spec, draft]");
        }
        b.metadata(metadata());
        Set<Section> present = EnumSet.of(Section.METADATA);
        int stories = count();
        for (int i = 1; i <= stories; i++) {
            b.addUserStory(story(i));
        }
        if (stories > 0) {
            present.add(Section.USER_STORIES);
        }
        for (int i = count(); i > 0; i--) {
            b.addEdgeCase(texts.itemText(8, 2));
        }
        boolean withAttributes = tables && chance(15);
        boolean notesColumn = chance(50);
        int frs = count();
        List<String> frGroups = groups(frs);
        for (int i = 1; i <= frs; i++) {
            b.addFunctionalRequirement(grouped(requirement(i, withAttributes, notesColumn), frGroups.get(i - 1)));
        }
        for (int i = count(); i > 0; i--) {
            String name = chance(10) ? plain(1) + " " + pick(MARKED_NAMES) : plain(2);
            b.addKeyEntity(new KeyEntity(name, chance(10) ? "" : text(8, 2)));
        }
        boolean criteriaTable = tables && chance(15);
        boolean numbered = !criteriaTable && chance(15);
        int scs = count();
        List<String> scGroups = groups(scs);
        for (int i = 1; i <= scs; i++) {
            SuccessCriterion c = criterion(i, criteriaTable);
            String group = scGroups.get(i - 1);
            if (group != null) {
                c = new SuccessCriterion(c.id(), c.text(), withGroup(c.attributes(), group));
            }
            if (numbered && chance(90)) {
                c = c.withMarker(i + (chance(80) ? "." : ")"));
            }
            b.addSuccessCriterion(c);
        }
        if (chance(50)) {
            b.apiContract(new ApiContractSection(statements(0)));
            present.add(Section.API_CONTRACT);
        }
        if (chance(50)) {
            b.configurationImpact(new ImpactSection(statements(0)));
            present.add(Section.CONFIGURATION_IMPACT);
        }
        if (chance(50)) {
            b.securityImpact(new ImpactSection(statements(0)));
            present.add(Section.SECURITY_IMPACT);
        }
        if (chance(50)) {
            b.observability(new ObservabilitySection(statements(0)));
            present.add(Section.OBSERVABILITY);
        }
        for (int i = count(); i > 0; i--) {
            b.addAssumption(texts.itemText(8, 2));
        }
        for (int i = chance(40) ? 1 + random.nextInt(2) : 0; i > 0; i--) {
            b.addClarificationSession(session());
        }
        extras(b, present);
        return b.build();
    }

    private Metadata metadata() {
        if (chance(5)) {
            return Metadata.EMPTY;
        }
        Metadata.Builder m = Metadata.builder();
        if (chance(85)) {
            m.featureBranch(String.format("%03d-%s-%s", random.nextInt(1000), "feature", random.nextInt(100)));
        }
        if (chance(85)) {
            m.created(String.format(
                    "20%02d-%02d-%02d", 20 + random.nextInt(10), 1 + random.nextInt(12), 1 + random.nextInt(28)));
        }
        if (chance(85)) {
            m.status(pick(STATUSES));
        }
        if (chance(70)) {
            m.input("User description: \"" + line(10) + "\"");
        }
        for (int i = chance(30) ? random.nextInt(3) : 0; i > 0; i--) {
            m.put(pick(LABELS) + (i == 1 ? "" : " " + i), line(3));
        }
        return m.build();
    }

    private UserStory story(int number) {
        UserStory.Builder s = UserStory.builder(number, plain(5));
        if (chance(10)) {
            s.label(String.format(pick(STORY_LABELS), number));
        }
        if (chance(85)) {
            s.priority(Priority.of(random.nextInt(4)));
            if (chance(20)) {
                s.suffix(chance(50) ? "🎯 MVP" : "⭐");
            }
        }
        if (chance(85)) {
            s.description(chance(20) ? text(12, 2) + "\n\n" + text(12, 2) : text(12, 2));
        }
        if (chance(80)) {
            s.whyThisPriority(text(10, 2));
        }
        if (chance(80)) {
            s.independentTest(text(10, 2));
        }
        int scenarios = random.nextInt(4);
        for (int i = 0; i < scenarios; i++) {
            s.addAcceptanceScenario(scenario());
        }
        if (scenarios > 0 && chance(15)) {
            s.notes(block());
        }
        return s.build();
    }

    /**
     * The sub-heading group of each of {@code n} items, or null: usually none; sometimes some ungrouped
     * items followed by runs under group headings (the parser's {@code group} attribute).
     */
    private List<String> groups(int n) {
        List<String> out = new ArrayList<>();
        boolean grouped = chance(15);
        int ungrouped = grouped ? random.nextInt(n + 1) : n;
        String group = null;
        for (int i = 0; i < n; i++) {
            if (i >= ungrouped && (group == null || chance(40))) {
                group = pick(GROUPS);
            }
            out.add(i >= ungrouped ? group : null);
        }
        return out;
    }

    private static Requirement grouped(Requirement r, String group) {
        return group == null ? r : new Requirement(r.id(), r.label(), r.text(), withGroup(r.attributes(), group));
    }

    private static Map<String, String> withGroup(Map<String, String> attributes, String group) {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("group", group);
        out.putAll(attributes);
        return out;
    }

    /**
     * A scenario in the template's form, sometimes over several lines or with an And step, inline or as
     * a nested bullet.
     */
    private AcceptanceScenario scenario() {
        String g = phrase(4);
        String w = phrase(4);
        String t = phrase(5);
        return switch (random.nextInt(6)) {
            case 0 ->
                new AcceptanceScenario(
                        Optional.of(g),
                        Optional.of(w),
                        Optional.of(t),
                        List.of(),
                        "**Given** " + g + ",\n**When** " + w + ",\n**Then** " + t);
            case 1, 2 -> {
                String and = phrase(3);
                // an inline And step, or one in a bullet nested under the scenario
                String andStep = (random.nextBoolean() ? ", **And** " : "\n- **And** ") + and;
                yield new AcceptanceScenario(
                        Optional.of(g),
                        Optional.of(w),
                        Optional.of(t),
                        List.of(and),
                        "**Given** " + g + ", **When** " + w + ", **Then** " + t + andStep);
            }
            default -> AcceptanceScenario.of(g, w, t);
        };
    }

    private Requirement requirement(int n, boolean withAttributes, boolean notesColumn) {
        Optional<String> id =
                withAttributes || chance(92) ? Optional.of(String.format("FR-%03d", n)) : Optional.empty();
        Optional<String> label =
                !withAttributes && id.isPresent() && chance(10) ? Optional.of(plain(2)) : Optional.empty();
        Map<String, String> attributes = new LinkedHashMap<>();
        if (withAttributes) {
            attributes.put("Priority", "P" + random.nextInt(3));
            if (notesColumn) {
                attributes.put("Notes", line(3));
            }
        }
        return new Requirement(id, label, withAttributes ? line(10) : texts.itemText(12, 2), attributes);
    }

    private SuccessCriterion criterion(int n, boolean withAttributes) {
        Optional<String> id =
                withAttributes || chance(92) ? Optional.of(String.format("SC-%03d", n)) : Optional.empty();
        Map<String, String> attributes = new LinkedHashMap<>();
        if (withAttributes) {
            attributes.put("Target", random.nextInt(100) + "%");
        }
        return new SuccessCriterion(id, withAttributes ? line(10) : texts.itemText(12, 2), attributes);
    }

    private List<Statement> statements(int depth) {
        List<Statement> out = new ArrayList<>();
        int n = depth == 0 ? count() : random.nextInt(3);
        for (int i = 0; i < n; i++) {
            List<Statement> children = depth < 2 && chance(30) ? statements(depth + 1) : List.of();
            out.add(new Statement(text(10, 2), children));
        }
        return out;
    }

    private ClarificationSession session() {
        List<Clarification> entries = new ArrayList<>();
        for (int i = 1 + random.nextInt(Math.max(1, size)); i > 0; i--) {
            int kind = random.nextInt(10);
            String question = line(8).replace("→", "to") + "?";
            String answer = line(6).replace("→", "to");
            if (kind == 0) {
                entries.add(new Clarification(Optional.empty(), answer, Optional.empty()));
            } else if (kind == 1) {
                entries.add(new Clarification(Optional.of(question), answer, Optional.of("B")));
            } else {
                entries.add(Clarification.of(question, answer));
            }
        }
        String date = String.format("2025-%02d-%02d", 1 + random.nextInt(12), 1 + random.nextInt(28));
        Optional<String> topic = chance(20) ? Optional.of(plain(2)) : Optional.empty();
        return new ClarificationSession(date, topic, entries);
    }

    /**
     * Extra sections, each anchored where the writer puts it back and the parser finds it: never after
     * an absent extended section (its heading would make it present) or after stories there are none
     * of; loose content only where it cannot merge with typed content; headed sections of one anchor
     * from deeper to shallower, so none nests under another; all in document order.
     */
    private void extras(FeatureSpec.Builder b, Set<Section> present) {
        if (!chance(40)) {
            return;
        }
        List<Section> anchors = new ArrayList<>();
        for (Section s : Section.values()) {
            if (present.contains(s) || !EXTENDED.contains(s) && s != Section.USER_STORIES) {
                anchors.add(s);
            }
        }
        List<ExtraSection> extras = new ArrayList<>();
        Set<Section> loose = EnumSet.noneOf(Section.class);
        for (int i = random.nextInt(3); i > 0; i--) {
            Section at = anchors.get(random.nextInt(anchors.size()));
            if (at != Section.USER_STORIES && loose.add(at)) {
                extras.add(ExtraSection.loose(block(), at));
            }
        }
        for (int i = 1 + random.nextInt(3); i > 0; i--) {
            Section at = anchors.get(random.nextInt(anchors.size()));
            extras.add(ExtraSection.headed(texts.heading(), headedLevel(at), chance(15) ? "" : block(), at));
        }
        // document order: by section, loose content first, then headed sections from deeper to shallower
        extras.sort(Comparator.comparing(ExtraSection::after)
                .thenComparing(e -> e.heading().isPresent())
                .thenComparing(e -> -e.level()));
        extras.forEach(b::addExtraSection);
    }

    /**
     * The level a headed extra may have after {@code at}: 2 where a level-2 section follows anyway, 3
     * inside a level-2 section whose later children are level 3.
     */
    private int headedLevel(Section at) {
        return switch (at) {
            case METADATA, CLARIFICATIONS -> 2;
            // under Success Criteria a level-3 heading groups criteria
            case SUCCESS_CRITERIA -> 2;
            case EDGE_CASES, KEY_ENTITIES, ASSUMPTIONS -> chance(50) ? 2 : 3;
            default -> 3;
        };
    }

    // ---- choices

    private int count() {
        return random.nextInt(size + 1);
    }

    private boolean chance(int percent) {
        return texts.chance(percent);
    }

    private String pick(String[] words) {
        return texts.pick(words);
    }

    private String line(int words) {
        return texts.line(words);
    }

    private String plain(int words) {
        return texts.plain(words);
    }

    private String phrase(int words) {
        return texts.phrase(words);
    }

    private String text(int words, int maxLines) {
        return texts.text(words, maxLines);
    }

    private String block() {
        return texts.block();
    }
}
