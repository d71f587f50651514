package sdq.ingest.cards;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import sdq.ingest.doc.Inline;

/**
 * The labels notes put before a question ({@code Q:}, {@code Q1.}, {@code Question 3:},
 * {@code Ques:}, {@code @question}, a number, {@code Frage:}, {@code 问：}), an answer
 * ({@code A:}, {@code Answer:}, {@code Model Answer:}, {@code Solution:}, {@code @answer},
 * {@code Réponse :}, {@code 答：}) or a hint, in any dress ({@code **Q:**}, {@code **Q1: ...**},
 * {@code __A.__}). Read on one line of Markdown.
 */
final class Labels {
    /** What a label says the text after it is. */
    enum Role {
        QUESTION, NUMBER, ANSWER, HINT
    }

    /**
     * A label found at the start of a line.
     *
     * @param role      what the text after it is
     * @param rest      the Markdown after it
     * @param separator what ends the label (':', '.', ')' or '-'); an answer label that is a
     *                  letter before '.' or ')' ("A.", "A1)") is one only after a question labelled
     *                  so ("Q.", "Q1)"), since elsewhere it is an option of a multiple-choice question
     * @param speaker   the label names who speaks ("Interviewer:", "You said:"): what follows is a
     *                  question only if it asks
     */
    record Label(Role role, String rest, char separator, boolean letter, boolean speaker) {
        Label(Role role, String rest, char separator, boolean letter) {
            this(role, rest, separator, letter, false);
        }

        /** An answer label for a question whose own label ended with {@code questionSeparator} (0: none). */
        boolean answersAfter(char questionSeparator) {
            return role == Role.ANSWER && (!letter || separator == ':' || separator == questionSeparator);
        }
    }

    private static final String OPEN = "^\\s*(?<o>\\*\\*|__)?\\s*";
    private static final String CLOSE = "\\s*(?<c1>\\*\\*|__)?\\s*";
    private static final String SEPARATOR = "(?<sep>[:：.)]|\\s[-–—])\\s*(?<c2>\\*\\*|__)?\\s*";
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}\\s:]");
    private static final Pattern QUESTION = Pattern.compile(OPEN + "(?:(?:q|ques|question|qn|qstn|f)\\s*(?:#\\s*)?\\d{0,3}"
            + "|follow[- ]?up(?:\\s+question)?|front|prompt|frage|pregunta|domanda|pergunta|问题|問題|问|問"
            + "|질문|문)" + CLOSE + SEPARATOR, FLAGS);
    /**
     * "Interviewer: How would you ...?", "You said:": a speaker who asks, whose words are a
     * question only when they ask one (a mock interview written out, a chat copied out). Only a
     * colon ends a speaker's name: "User.objects" and "Interviewer - Priya" are no turns.
     */
    private static final Pattern SPEAKER = Pattern.compile(OPEN + "(?:interviewer|you\\s+(?:said|asked|wrote))" + CLOSE
            + "(?<sep>[:：]|\\s[–—])\\s*(?<c2>\\*\\*|__)?\\s*", FLAGS);
    /**
     * "User:", "Human:", "You:", "Me:": the one who asks in a chat with an assistant; elsewhere
     * "You:" and "Me:" answer (a mock interview: "Interviewer: ...", "You: ..."), and "User:"
     * starts a sentence about users.
     */
    private static final Pattern CHAT_ASKER = Pattern.compile(OPEN + "(?<who>user|human|you|me)" + CLOSE
            + "(?<sep>[:：])\\s*(?<c2>\\*\\*|__)?\\s*", FLAGS);
    /** "User:", "You said:": the asking side of a chat. */
    private static final Pattern ASKER = Pattern.compile(OPEN + "(?:user|human|me|you(?:\\s+(?:said|asked|wrote))?)" + CLOSE
            + "[:：]", FLAGS);
    /** "Assistant:", "ChatGPT said:", "Claude:": the answering side of a chat, which makes a document one. */
    private static final Pattern ASSISTANT = Pattern.compile(OPEN + "(?:assistant|chatgpt|gpt[-\\s]?[\\d.o]*|claude"
            + "|gemini|copilot|bard|bing|perplexity|deepseek|mistral|llama|grok|qwen|poe)"
            + "(?:\\s+(?:said|wrote|replied|answered))?" + CLOSE + "(?<sep>[:：])", FLAGS);
    /** "AI:", "Bot:", "Model:": an assistant by a common word, which may also be an action item or a part of a design. */
    private static final Pattern SOME_ASSISTANT = Pattern.compile(OPEN + "(?:ai|bot|chatbot|model)"
            + "(?:\\s+(?:said|wrote|replied|answered))?" + CLOSE + "(?<sep>[:：])\\s*(?<c2>\\*\\*|__)?\\s*", FLAGS);
    /** "User:", "Human:", "You:": who asks a chat, never an interview's candidate ("Me:"). */
    private static final Pattern USER = Pattern.compile(OPEN + "(?:user|human|you(?:\\s+(?:said|asked|wrote))?)" + CLOSE
            + "[:：]", FLAGS);
    private static final Pattern INTERVIEWER = Pattern.compile(OPEN + "interviewer" + CLOSE + "(?:[:：]|\\s[–—])", FLAGS);
    /** "P: ¿Qué es ...?" (pregunta, pergunta): a letter that labels a question only when what follows asks. */
    private static final Pattern QUESTION_P = Pattern.compile(OPEN + "p\\s*\\d{0,3}" + CLOSE
            + "(?<sep>[:：.])\\s*(?<c2>\\*\\*|__)?\\s*", FLAGS);
    /** "Q4 What is X?", "Question 12 Why...": a numbered question label with only a space after it. */
    private static final Pattern QUESTION_BARE = Pattern.compile(OPEN + "(?:q|question)\\s*#?\\d{1,3}" + CLOSE
            + "(?<sep>\\s)(?<c2>)\\s*(?=\\S)", FLAGS);
    /** "A:", "A1)", "R :" (réponse): a letter, which is a label before '.' or ')' only after a question so labelled. */
    private static final Pattern ANSWER_LETTER = Pattern.compile(OPEN + "(?:a|r)\\s*\\d{0,3}" + CLOSE + SEPARATOR, FLAGS);
    private static final Pattern ANSWER = Pattern.compile(OPEN + "(?:ans|answers?(?:\\s+\\d{1,3})?"
            + "|(?:model|sample|suggested|expected|possible|example|my|ideal|correct)\\s+answer"
            + "|answer\\s+(?:framework|approach|outline)|solution|approach|explanation|back|response|antwort|lösung"
            + "|réponse|respuesta|resposta|risposta|candidate|interviewee|me|答案|回答|解答|答|답변|답"
            + "|assistant|(?:chatgpt|gpt|claude|gemini|copilot|bing|perplexity|deepseek|mistral|llama"
            + "|grok|qwen)(?:\\s+(?:said|wrote|replied|answered))?)"
            + CLOSE + "(?<sep>[:：.]|\\s[-–—])\\s*(?<c2>\\*\\*|__)?\\s*", FLAGS);
    private static final Pattern HINT = Pattern.compile(OPEN + "(?:hints?(?:\\s+\\d{1,3})?)" + CLOSE
            + "(?<sep>[:：.])\\s*(?<c2>\\*\\*|__)?\\s*", Pattern.CASE_INSENSITIVE);
    private static final Pattern AT = Pattern.compile("^\\s*@(question|answer|hint|q|a)\\b\\s*", Pattern.CASE_INSENSITIVE);
    private static final Pattern NUMBER = Pattern.compile(OPEN + "\\d{1,3}\\s*\\\\?(?<sep>[.)])\\s*(?<c1>\\*\\*|__)?"
            + "\\s*(?<c2>\\*\\*|__)?\\s*");
    private static final Pattern LABEL_HEADING = Pattern.compile("(?i)^(solution|answer|answers|model answer|sample answer"
            + "|suggested answer|approach|explanation|response|my answer|the answer|short answer|detailed answer)\\s*:?$");
    /** "Question 3", "Q3:", and with a tag after the number: "Question 1 (Easy)", "Question 2 [10 min]", "Q4 - Hard". */
    private static final Pattern QUESTION_HEADING = Pattern.compile(
            "(?iu)^(?:question|q|problem|card|exercise|frage|问题|題|질문)\\s*#?\\s*(?:\\d{0,4}\\s*[:.)-]?|\\d{1,4}\\s*[:.)-]?"
                    + "(?:\\s*[(\\[][^()\\[\\]]{1,24}[)\\]]|\\s*[-–—:|]?\\s*(?:easy|medium|hard|basic|intermediate"
                    + "|advanced|warm-?up|bonus))\\s*[:.]?)$");
    private static final Pattern TITLED = Pattern.compile(
            "(?iu)^(?:question|q|problem|exercise|frage|问题|질문)\\s*#?\\s*\\d{1,4}\\s*[:.)–—-]\\s*(\\S.*)$");

    /** "Scenario: Design a URL shortener", "Case study 2 - ...", "Task: ...": a label before a prompt, no part of it. */
    private static final Pattern PROMPTED = Pattern.compile("(?iu)^(?:scenario|case study|case|prompt|task|challenge"
            + "|design (?:problem|question|exercise|prompt)|system design(?: question| problem)?)\\s*#?\\s*(?:\\d{1,4}\\s*)?"
            + "(?::|(?<=\\d)[.)]|\\s[–—-])\\s*(\\S.*)$");

    private Labels() {
    }

    /** The label at the start of a line of Markdown, if it has one, read as outside a chat. */
    static Optional<Label> of(String line) {
        return of(line, false);
    }

    /** Whether a line starts with a hint's label ("Hint:", "@hint"): {@link #of(String)} gives it the role HINT. */
    static boolean isHint(String line) {
        String t = Questions.withoutLeadingDecoration(line.stripLeading());
        Matcher at = AT.matcher(t);
        if (at.lookingAt()) {
            return at.group(1).equalsIgnoreCase("hint");
        }
        return mayStartLabel(t) && HINT.matcher(t).lookingAt();
    }

    /** Whether a line starts the asking side's turn of a chat ("User:", "You:", "Human:", "You said:"). */
    static boolean isAskerTurn(String line) {
        return starts(line, ASKER);
    }

    /** Whether a line starts an assistant's turn ("Assistant:", "ChatGPT said:", "AI:"): the document may be a chat. */
    static boolean isAssistantTurn(String line) {
        return isNamedAssistantTurn(line) || starts(line, SOME_ASSISTANT);
    }

    /** Whether a line starts the turn of an assistant by its name ("ChatGPT:", "Assistant:"), not by a common word ("AI:"). */
    static boolean isNamedAssistantTurn(String line) {
        return starts(line, ASSISTANT);
    }

    /** Whether a line starts a turn of a chat's user ("User:", "You:", "Human:"), not of a candidate ("Me:"). */
    static boolean isUserTurn(String line) {
        return starts(line, USER);
    }

    /** Whether a line starts an interviewer's turn: the notes are an interview, no chat. */
    static boolean isInterviewerTurn(String line) {
        return starts(line, INTERVIEWER);
    }

    private static boolean starts(String line, Pattern p) {
        String t = Questions.withoutLeadingDecoration(line.stripLeading());
        return mayStartLabel(t) && p.matcher(t).lookingAt();
    }

    /**
     * The label at the start of a line of Markdown, if it has one; {@code chat}: the document is
     * a chat with an assistant, where "User:" and "You:" ask.
     */
    static Optional<Label> of(String line, boolean chat) {
        String t = Questions.withoutLeadingDecoration(line.stripLeading());
        if (t.isEmpty()) {
            return Optional.empty();
        }
        // Every label pattern is anchored at the start: lookingAt tries that one place, find every one.
        Matcher at = AT.matcher(t);
        if (at.lookingAt()) {
            String word = at.group(1).toLowerCase(Locale.ROOT);
            Role role = word.startsWith("q") ? Role.QUESTION : word.startsWith("a") ? Role.ANSWER : Role.HINT;
            return Optional.of(new Label(role, t.substring(at.end()), ':', false));
        }
        if (!mayStartLabel(t)) {
            return Optional.empty();
        }
        return match(NUMBER, t, Role.NUMBER, false).or(() -> match(QUESTION, t, Role.QUESTION, false))
                .or(() -> match(QUESTION_BARE, t, Role.QUESTION, false)
                        .filter(l -> Asking.of(Inline.plain(l.rest())).asks()))
                .or(() -> match(QUESTION_P, t, Role.QUESTION, false)
                        .filter(l -> Asking.of(Inline.plain(l.rest())) == Asking.QUESTION))
                .or(() -> match(SPEAKER, t, Role.QUESTION, false).map(Labels::spoken))
                .or(() -> chatAsker(t, chat))
                .or(() -> match(ANSWER_LETTER, t, Role.ANSWER, true)).or(() -> match(ANSWER, t, Role.ANSWER, false))
                // "AI:", "Model:" answer in a chat; elsewhere they may be an action item or a part of a design.
                .or(() -> chat ? match(SOME_ASSISTANT, t, Role.ANSWER, false) : Optional.empty())
                .or(() -> match(HINT, t, Role.HINT, false));
    }

    private static Label spoken(Label l) {
        return new Label(l.role(), l.rest(), l.separator(), false, true);
    }

    /** "User:", "You:": in a chat, the one who asks; elsewhere "You:" answers ("Me:" too, as an answer label) and "User:" is no label. */
    private static Optional<Label> chatAsker(String t, boolean chat) {
        Matcher m = CHAT_ASKER.matcher(t);
        if (!m.lookingAt()) {
            return Optional.empty();
        }
        if (chat) {
            return match(CHAT_ASKER, t, Role.QUESTION, false).map(Labels::spoken);
        }
        return m.group("who").equalsIgnoreCase("you") ? match(CHAT_ASKER, t, Role.ANSWER, false) : Optional.empty();
    }

    /**
     * The ASCII words a label pattern above starts with, each followed there by something other
     * than a letter (a digit, a space, a mark, the separator). Kept with the patterns: a word
     * added to one is added here.
     */
    private static final java.util.Set<String> LABEL_WORDS = java.util.Set.of("q", "ques", "question", "qn", "qstn",
            "f", "follow", "followup", "front", "prompt", "frage", "pregunta", "domanda", "pergunta", "interviewer",
            "you", "user", "human", "me", "ai", "bot", "chatbot", "model", "p", "a", "r", "ans", "answer", "answers",
            "sample", "suggested", "expected", "possible", "example", "my", "ideal", "correct", "solution", "approach",
            "explanation", "back", "response", "antwort", "respuesta", "resposta", "risposta", "candidate",
            "interviewee", "assistant", "chatgpt", "gpt", "claude", "gemini", "copilot", "bard", "bing", "perplexity",
            "deepseek", "mistral", "llama", "grok", "qwen", "poe", "hint", "hints");
    private static final int LONGEST_LABEL_WORD = 12;

    /**
     * Whether what follows the opening white space and bold marks could start a label: a digit,
     * a word a label pattern starts with, or a word with a letter beyond ASCII (which may match
     * one case-insensitively, or be one: "lösung", "问题"). Most lines start otherwise, and are
     * then not matched a dozen times.
     */
    private static boolean mayStartLabel(String t) {
        int k = skipBlanks(t, 0);
        if (t.startsWith("**", k) || t.startsWith("__", k)) {
            k = skipBlanks(t, k + 2);
        }
        if (k == t.length()) {
            return false;
        }
        char c = t.charAt(k);
        if (c >= '0' && c <= '9') {
            return true;
        }
        int end = k;
        while (end < t.length() && Character.isLetter(t.charAt(end))) {
            if (t.charAt(end) >= 0x80) {
                return true;
            }
            end++;
        }
        return end > k && end - k <= LONGEST_LABEL_WORD
                && LABEL_WORDS.contains(t.substring(k, end).toLowerCase(Locale.ROOT));
    }

    /** Past the white space that a pattern's {@code \s} matches: space, tab, line feed, vertical tab, form feed, return. */
    private static int skipBlanks(String t, int from) {
        int k = from;
        while (k < t.length() && (t.charAt(k) == ' ' || t.charAt(k) >= '\t' && t.charAt(k) <= '\r')) {
            k++;
        }
        return k;
    }

    private static Optional<Label> match(Pattern p, String t, Role role, boolean letter) {
        Matcher m = p.matcher(t);
        if (!m.lookingAt()) {
            return Optional.empty();
        }
        String rest = t.substring(m.end());
        String open = m.group("o");
        if (open != null && m.group("c1") == null && m.group("c2") == null && rest.contains(open)) {
            // "**Q1: What is X?**": the label opened the bold, and its text is the rest of it.
            rest = open + rest;
        }
        if (role == Role.NUMBER && rest.isBlank()) {
            return Optional.empty();
        }
        String sep = m.group("sep").strip();
        char separator = sep.isEmpty() ? '-' : sep.charAt(0) == '：' ? ':' : sep.charAt(0) == '–' || sep.charAt(0) == '—'
                ? '-' : sep.charAt(0);
        return Optional.of(new Label(role, rest.strip(), separator, letter));
    }

    /** A heading that only says where the answer starts: "Solution", "Answer:". */
    static boolean isAnswerHeading(String text) {
        return text.length() <= 40 && LABEL_HEADING.matcher(NOT_LETTERS.matcher(Inline.plain(text)).replaceAll("").strip()).matches();
    }

    /** A heading that numbers a question whose text is below it: "Question 3", "Q3". */
    static boolean isQuestionNumber(String text) {
        return QUESTION_HEADING.matcher(Inline.plain(text).strip()).matches();
    }

    /** The prompt after a label that says what kind of prompt it is ("Scenario: Design X"), if there is one. */
    static Optional<String> prompted(String text) {
        Matcher m = PROMPTED.matcher(Inline.unwrapStrong(text).strip());
        return m.matches() ? Optional.of(m.group(1).strip()) : Optional.empty();
    }

    /** The title of a "Question 3: Title" heading, if it is one. */
    static Optional<String> titled(String text) {
        Matcher m = TITLED.matcher(Inline.unwrapStrong(text));
        return m.matches() ? Optional.of(m.group(1).strip()) : Optional.empty();
    }
}
