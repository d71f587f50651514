package sdq.schedule;

/** Where a card answered {@code again} goes. */
public enum OnFail {
    /** Back to box 1, the Leitner rule. */
    FIRST_BOX,
    /** Down one box, gentler for cards that were long known. */
    PREVIOUS_BOX;

    public String word() {
        return this == FIRST_BOX ? "first-box" : "previous-box";
    }
}
