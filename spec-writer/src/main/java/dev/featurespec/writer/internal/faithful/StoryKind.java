package dev.featurespec.writer.internal.faithful;

import dev.featurespec.model.UserStory;
import dev.featurespec.writer.internal.layout.MarkdownStyle;
import dev.featurespec.writer.internal.layout.StoriesWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * User stories: a changed story has its heading's changed words replaced in its heading line (number,
 * title, priority, suffix), its changed description, priority reason and independent test replaced in
 * their paragraphs, and its scenarios patched as a list; a new story is rendered with a heading of its
 * siblings' level, their separator between label and title ({@code " - "}, {@code ": "}), and a {@code ---}
 * after it when they have one.
 */
final class StoryKind implements ElementKind<UserStory> {
    /** The characters a story heading's label and title are set apart with. */
    private static final String SEPARATORS = " \t-–—:：.|";

    private final Source source;
    private final Styles styles;
    private final List<UserStory> base;

    /** The stories {@code base} of {@code source}. */
    StoryKind(Source source, Styles styles, List<UserStory> base) {
        this.source = source;
        this.styles = styles;
        this.base = base;
    }

    @Override
    public String pointer(int index) {
        return "/userStories/" + index;
    }

    @Override
    public Object key(UserStory story) {
        return story.title();
    }

    @Override
    public boolean block() {
        return true;
    }

    @Override
    public List<Patch> changed(UserStory before, UserStory after, String pointer, int afterIndex) {
        if (!before.notes().equals(after.notes())) {
            throw new Unplaceable("story notes changed at " + pointer);
        }
        List<Patch> out = new ArrayList<>();
        int heading = source.first(pointer);
        if (!source.lines().line(heading).stripLeading().startsWith("#")) {
            throw new Unplaceable("a story without a heading at " + pointer);
        }
        List<Source.Replacement> words = new ArrayList<>();
        if (!ItemKind.field(words, before.label(), after.label(), false)) {
            throw new Unplaceable("story label appears or disappears at " + pointer);
        }
        if (before.number() != after.number()
                && before.label().equals(after.label())
                && before.label().isEmpty()) {
            words.add(new Source.Replacement(String.valueOf(before.number()), String.valueOf(after.number()), false));
        }
        if (!before.title().equals(after.title())) {
            words.add(new Source.Replacement(before.title(), after.title(), false));
        }
        if (!ItemKind.field(
                        words,
                        before.priority().map(Object::toString),
                        after.priority().map(Object::toString),
                        true)
                || !ItemKind.field(words, before.suffix(), after.suffix(), true)) {
            throw new Unplaceable("story priority or suffix appears or disappears at " + pointer);
        }
        if (!words.isEmpty()) {
            out.add(source.replaceAll(heading, heading, pointer, words));
        }
        part(out, pointer + "/description", before.description(), after.description());
        part(out, pointer + "/whyThisPriority", before.whyThisPriority(), after.whyThisPriority());
        part(out, pointer + "/independentTest", before.independentTest(), after.independentTest());
        ListPatcher.patch(
                source,
                before.acceptanceScenarios(),
                after.acceptanceScenarios(),
                ItemKinds.scenarios(source, styles, Integer.parseInt(pointer.substring(pointer.lastIndexOf('/') + 1))),
                out);
        return out;
    }

    private void part(List<Patch> out, String pointer, Optional<String> before, Optional<String> after) {
        if (before.equals(after)) {
            return;
        }
        if (before.isEmpty() || after.isEmpty()) {
            throw new Unplaceable("a story part appears or disappears at " + pointer);
        }
        out.add(source.replace(pointer, before.get(), after.get(), true));
    }

    @Override
    public List<String> render(UserStory story, int afterIndex, String siblingPointer, boolean follows) {
        String heading = source.lines().line(source.first(siblingPointer));
        int level = 0;
        while (level < heading.length() && heading.charAt(level) == '#') {
            level++;
        }
        if (level == 0) {
            throw new Unplaceable("a new story beside one without a heading");
        }
        boolean rule = source.lines().line(source.last(siblingPointer)).strip().equals("---");
        UserStory sibling = base.get(Integer.parseInt(siblingPointer.substring(siblingPointer.lastIndexOf('/') + 1)));
        MarkdownStyle style = styles.base().toBuilder()
                .storyHeading(separator(heading, sibling.title()), rule)
                .build();
        int l = level;
        return Styles.render(out -> new StoriesWriter(style).story(out, story, l));
    }

    /**
     * What stands between the label and the title {@code title} in story heading {@code heading}: the dashes,
     * colons and spaces before the title ({@code " - "}, {@code ": "}), or {@code " - "} when none do.
     */
    static String separator(String heading, String title) {
        int at = title.isEmpty() ? -1 : heading.indexOf(title, heading.indexOf(' '));
        int start = at;
        while (start > 0 && SEPARATORS.indexOf(heading.charAt(start - 1)) >= 0) {
            start--;
        }
        String separator = at < 0 ? "" : heading.substring(start, at);
        return separator.isBlank() ? " - " : separator;
    }
}
