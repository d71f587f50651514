package sdq.ingest.cards;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import sdq.ingest.doc.Block;
import sdq.ingest.doc.Furniture;
import sdq.ingest.doc.Inline;

/**
 * What each heading of a document is: its title, a section, a question, a number over a
 * question written below it, or a label where an answer starts. A heading is a question when
 * it asks; and headings that do not ask are questions too when the document uses headings as
 * its cards: a level at which most headings ask (the rest are questions put as statements), an
 * outline of prompts of which some have an answer under them, or a deck of short sections each
 * a term and its meaning.
 */
final class HeadingPlan {
    enum Role {
        TITLE, SECTION, QUESTION, QUESTION_BELOW, ANSWER_LABEL
    }

    private static final Pattern NUMBER = Pattern.compile("^\\\\?#?\\d{1,3}(?:\\.\\d{1,3})*\\s*\\\\?[.):-]\\s+(?=\\S)");
    private static final Set<String> FURNITURE = Set.of("summary", "conclusion", "conclusions", "references",
            "further reading", "resources", "see also", "introduction", "overview", "table of contents", "contents", "toc",
            "key takeaways", "takeaways", "notes", "related", "appendix", "acknowledgements", "acknowledgments", "license",
            "contributing", "about", "changelog", "credits", "links", "index", "sources", "bibliography", "next steps",
            "tl;dr", "tldr", "faq", "questions", "interview questions", "practice questions");

    private final Map<Block.Heading, Role> roles = new IdentityHashMap<>();

    private final Map<Block.Heading, String> rules = new IdentityHashMap<>();

    /**
     * A heading and what is under it.
     *
     * @param body  something is under it (before the next heading) that answers it: no card of its own
     * @param empty nothing at all is under it
     * @param list  what answers it holds glossary lines or a table of named things
     */
    private record Info(Block.Heading heading, boolean body, boolean empty, boolean leaf, String text, Asking asking,
                        boolean list) {
        /** The heading over its lines, which are cards of their own: nothing under it answers it. */
        Info headingItsList() {
            return new Info(heading, false, empty, leaf, text, asking, false);
        }
    }

    /**
     * Plans the headings among {@code blocks} (a document's top level); {@code candidates} tells
     * the blocks that are cards of their own, so that a heading over them is never one.
     */
    static HeadingPlan of(List<Block> blocks, java.util.function.Predicate<Block> candidates) {
        return of(blocks, candidates, b -> false);
    }

    /**
     * As {@link #of(List, java.util.function.Predicate)}; {@code listed}: blocks that are cards of
     * their own where most sections with something under them hold one (glossary lines, a table
     * of named things: a cheat sheet's sections), and part of the answer of a heading elsewhere.
     */
    static HeadingPlan of(List<Block> blocks, java.util.function.Predicate<Block> candidates,
                          java.util.function.Predicate<Block> listed) {
        HeadingPlan plan = new HeadingPlan();
        List<Info> infos = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i) instanceof Block.Heading h) {
                boolean body = false;
                boolean cards = false;
                boolean holdsList = false;
                boolean leaf = true;
                for (int j = i + 1; j < blocks.size(); j++) {
                    Block b = blocks.get(j);
                    if (b instanceof Block.Heading next) {
                        if (Labels.isAnswerHeading(next.text())) {
                            continue;
                        }
                        leaf = next.level() <= h.level();
                        break;
                    }
                    body |= Answers.hasContent(b);
                    cards |= candidates.test(b);
                    holdsList |= listed.test(b);
                }
                String question = question(h.text());
                infos.add(new Info(h, body && !cards, !body, leaf, question, Asking.ofMarkdown(question),
                        holdsList && body && !cards));
            }
        }
        long answered = infos.stream().filter(Info::body).count();
        long holding = infos.stream().filter(Info::list).count();
        if (holding > 0 && holding * 2 >= answered) {
            // Most sections are lists of cards (a sectioned cheat sheet): those sections head their cards.
            infos.replaceAll(info -> info.list() ? info.headingItsList() : info);
        }
        plan.assign(infos, blocks);
        return plan;
    }

    private void assign(List<Info> infos, List<Block> blocks) {
        int minLevel = infos.stream().mapToInt(i -> i.heading().level()).min().orElse(1);
        long atMin = infos.stream().filter(i -> i.heading().level() == minLevel).count();
        Block first = blocks.stream().filter(Answers::hasContent).findFirst().orElse(null);
        List<Info> open = new ArrayList<>();
        for (Info info : infos) {
            Block.Heading h = info.heading();
            Role role;
            if (h == first && h.level() == minLevel && atMin == 1 && infos.size() > 1) {
                role = Role.TITLE;
            } else if (Labels.isAnswerHeading(h.text())) {
                role = Role.ANSWER_LABEL;
            } else if (Labels.isQuestionNumber(h.text())) {
                role = Role.QUESTION_BELOW;
                rules.put(h, "'Question N' heading, the question below it");
            } else if (Labels.titled(h.text()).isPresent()) {
                role = Role.QUESTION;
                rules.put(h, "'Question N: ...' heading");
            } else if (!isAnchorLink(h.text()) && info.asking().asksAsHeading()) {
                role = Role.QUESTION;
                rules.put(h, Labels.prompted(h.text()).isPresent() ? "labelled prompt heading" : "heading that asks");
            } else {
                role = Role.SECTION;
                open.add(info);
            }
            roles.put(h, role);
        }
        promoteQuestionLevels(infos, open);
        promoteOutline(open);
        if (infos.stream().filter(i -> roles.get(i.heading()) != Role.TITLE).mapToInt(i -> i.heading().level())
                .distinct().count() == 1) {
            promoteDeck(open);
        }
    }

    /** At a level where most headings ask, those that do not but have an answer are questions too. */
    private void promoteQuestionLevels(List<Info> infos, List<Info> open) {
        Map<Integer, int[]> counts = new HashMap<>();
        for (Info info : infos) {
            Role role = roles.get(info.heading());
            if (role == Role.QUESTION || role == Role.SECTION) {
                int[] c = counts.computeIfAbsent(info.heading().level(), l -> new int[2]);
                c[0]++;
                c[1] += role == Role.QUESTION || info.asking() == Asking.VERSUS ? 1 : 0;
            }
        }
        for (Info info : open) {
            int[] c = counts.get(info.heading().level());
            if (c[1] >= 3 && c[1] * 10 >= c[0] * 6 && info.body() && candidate(info)) {
                promote(info, "heading at a level of questions");
            }
        }
    }

    /** An outline of prompts, most with nothing under them: those that have something are answered. */
    private void promoteOutline(List<Info> open) {
        int leaves = 0;
        int empty = 0;
        for (Info info : open) {
            if (info.leaf() && roles.get(info.heading()) == Role.SECTION) {
                leaves++;
                empty += info.empty() ? 1 : 0;
            }
        }
        if (leaves >= 6 && empty * 2 >= leaves) {
            for (Info info : open) {
                if (info.leaf() && info.body() && candidate(info) && roles.get(info.heading()) == Role.SECTION) {
                    promote(info, "answered heading of an outline");
                }
            }
        }
    }

    /** A deck of headings (all at one level but the title): nearly all with an answer under them. */
    private void promoteDeck(List<Info> open) {
        List<Info> sections = open.stream().filter(i -> roles.get(i.heading()) == Role.SECTION).toList();
        if (sections.size() < 3 || sections.stream().mapToInt(i -> i.heading().level()).distinct().count() != 1) {
            return;
        }
        long answered = sections.stream().filter(i -> i.leaf() && i.body()).count();
        if (answered * 10 >= sections.size() * 8) {
            // "## Glossary" heads terms (each a card of its own), and is no term itself.
            sections.stream().filter(i -> i.leaf() && i.body() && candidate(i) && !Glossary.isGlossarySection(i.text()))
                    .forEach(i -> promote(i, "heading of a deck of headings"));
        }
    }

    private void promote(Info info, String rule) {
        roles.put(info.heading(), Role.QUESTION);
        rules.put(info.heading(), rule);
    }

    /** What made a heading a question, for --explain. */
    String rule(Block.Heading h) {
        return rules.getOrDefault(h, "heading that asks");
    }

    private static boolean candidate(Info info) {
        String t = info.text().toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N};\\s]", "").strip();
        return !t.isEmpty() && !FURNITURE.contains(t) && !Furniture.isClosingSection(t) && !isAnchorLink(info.heading().text());
    }

    /** A heading that is a link to a place in the page: an entry of a table of contents. */
    private static boolean isAnchorLink(String markdown) {
        String t = markdown.strip();
        return t.startsWith("[") && t.endsWith(")") && t.indexOf("](#") > 0 && t.indexOf("](") == t.lastIndexOf("](");
    }

    Role role(Block.Heading h) {
        Role role = roles.get(h);
        if (role != null) {
            return role;
        }
        return Asking.ofMarkdown(question(h.text())).asksAsHeading() ? Role.QUESTION : Role.SECTION;
    }

    /** The question a heading asks: its text without a label ("Q3:"), number ("51."), leading emoji or wrapping bold. */
    static String question(String markdown) {
        String t = Questions.clean(markdown);
        java.util.Optional<String> titled = Labels.titled(t).or(() -> Labels.prompted(t));
        if (titled.isPresent()) {
            return Inline.unwrapStrong(titled.get());
        }
        java.util.Optional<Labels.Label> label = Labels.of(t).filter(l -> l.role() == Labels.Role.QUESTION);
        if (label.isPresent() && !label.get().rest().isBlank()) {
            return Inline.unwrapStrong(label.get().rest());
        }
        return Inline.unwrapStrong(NUMBER.matcher(t).replaceFirst(""));
    }
}
