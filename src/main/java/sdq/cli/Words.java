package sdq.cli;

/** Counted nouns for messages: "1 card", "2 cards". */
final class Words {
    private Words() {
    }

    static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
