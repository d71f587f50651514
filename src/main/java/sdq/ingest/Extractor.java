package sdq.ingest;

/** Finds the cards of one shape of notes in the lines no other extractor has taken. */
interface Extractor {
    /** A short name for reports: "question blocks", "headings", ... */
    String name();

    /** How strongly the note looks like this shape: 0 when not at all. */
    int score(Note note);

    Extraction extract(Note note);
}
