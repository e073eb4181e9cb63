package dev.featurespec.benchmarks;

import java.util.SplittableRandom;

/**
 * Realistic Spec Kit specs of any size, for the scaling benchmarks: a title and metadata, then user
 * stories (about 60% of the bytes), functional requirements (30%) and success criteria (10%), each
 * with varied wording from a fixed seed so equal sizes give equal text. Every story and requirement
 * has a unique number, so a parser sees as many elements as a real document of that size would hold.
 */
public final class GeneratedSpecs {
    private static final String[] ACTORS = {"admin", "report owner", "viewer", "operator", "guest", "auditor"};
    private static final String[] VERBS = {"export", "import", "archive", "share", "review", "approve", "schedule"};
    private static final String[] OBJECTS = {
        "saved reports", "invoices", "user accounts", "deployment plans", "audit logs", "price lists", "API keys"
    };
    private static final String[] OUTCOMES = {
        "sees a confirmation with the new state",
        "receives an e-mail with a download link",
        "finds the item in the history, newest first",
        "gets a clear error naming the field that failed",
        "sees the change reflected within 5 seconds"
    };
    private static final String[] LEVELS = {"MUST", "MUST", "MUST", "SHOULD", "MAY", "MUST NOT"};

    private GeneratedSpecs() {}

    /** A spec of about {@code targetChars} characters (never less), generated from {@code seed}. */
    public static String markdown(int targetChars, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        StringBuilder sb = new StringBuilder(targetChars + 4096);
        sb.append("# Feature Specification: Generated workload ")
                .append(seed)
                .append("\n\n")
                .append("**Feature Branch**: `900-generated-")
                .append(targetChars)
                .append("`  \n")
                .append("**Created**: 2026-01-15  \n")
                .append("**Status**: Draft  \n")
                .append("**Input**: User description: \"generated for benchmarks\"\n\n")
                .append("## User Scenarios & Testing *(mandatory)*\n\n");
        int story = 0;
        do {
            story++;
            appendStory(sb, story, random);
        } while (sb.length() < targetChars * 0.6);
        sb.append("### Edge Cases\n\n")
                .append("- What happens when the ")
                .append(pick(random, OBJECTS))
                .append(" list is empty?\n\n")
                .append("## Requirements *(mandatory)*\n\n### Functional Requirements\n\n");
        int fr = 0;
        do {
            fr++;
            sb.append("- **FR-")
                    .append(pad(fr))
                    .append("**: System ")
                    .append(pick(random, LEVELS))
                    .append(" let the ")
                    .append(pick(random, ACTORS))
                    .append(' ')
                    .append(pick(random, VERBS))
                    .append(" `")
                    .append(pick(random, OBJECTS))
                    .append("` in batches of up to ")
                    .append(10 + random.nextInt(990))
                    .append(" items");
            if (random.nextInt(40) == 0) {
                sb.append(" [NEEDS CLARIFICATION: limit per workspace or per user?]");
            }
            sb.append(".\n");
        } while (sb.length() < targetChars * 0.9);
        sb.append("\n### Key Entities\n\n")
                .append("- **Batch**: a set of items processed together, with an owner and a state.\n\n")
                .append("## Success Criteria *(mandatory)*\n\n### Measurable Outcomes\n\n");
        int sc = 0;
        do {
            sc++;
            sb.append("- **SC-")
                    .append(pad(sc))
                    .append("**: ")
                    .append(90 + random.nextInt(10))
                    .append("% of ")
                    .append(pick(random, VERBS))
                    .append(" operations on ")
                    .append(pick(random, OBJECTS))
                    .append(" finish within ")
                    .append(1 + random.nextInt(59))
                    .append(" seconds.\n");
        } while (sb.length() < targetChars);
        return sb.toString();
    }

    private static void appendStory(StringBuilder sb, int number, SplittableRandom random) {
        String actor = pick(random, ACTORS);
        String verb = pick(random, VERBS);
        String object = pick(random, OBJECTS);
        sb.append("### User Story ")
                .append(number)
                .append(" - ")
                .append(Character.toUpperCase(verb.charAt(0)))
                .append(verb, 1, verb.length())
                .append(' ')
                .append(object)
                .append(" (Priority: P")
                .append(1 + random.nextInt(3))
                .append(")\n\n")
                .append("As a **")
                .append(actor)
                .append("**, I want to ")
                .append(verb)
                .append(' ')
                .append(object)
                .append(" from the dashboard so that the weekly work takes minutes, not hours.\n\n")
                .append("**Why this priority**: ")
                .append(10 + random.nextInt(80))
                .append("% of support tickets ask for it.\n\n")
                .append("**Independent Test**: Run `")
                .append(verb)
                .append("` on a workspace with ")
                .append(1 + random.nextInt(500))
                .append(" ")
                .append(object)
                .append(" and check the result.\n\n")
                .append("**Acceptance Scenarios**:\n\n");
        int scenarios = 1 + random.nextInt(3);
        for (int i = 1; i <= scenarios; i++) {
            sb.append(i)
                    .append(". **Given** a ")
                    .append(actor)
                    .append(" with ")
                    .append(object)
                    .append(", **When** they ")
                    .append(pick(random, VERBS))
                    .append(" them, **Then** the ")
                    .append(actor)
                    .append(' ')
                    .append(pick(random, OUTCOMES))
                    .append(".\n");
        }
        sb.append("\n---\n\n");
    }

    private static String pick(SplittableRandom random, String[] words) {
        return words[random.nextInt(words.length)];
    }

    private static String pad(int n) {
        return n < 10 ? "00" + n : n < 100 ? "0" + n : Integer.toString(n);
    }
}
