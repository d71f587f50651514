/**
 * Finding cards on a document's blocks, the same way for every syntax: which blocks ask (a
 * heading, a bold paragraph, a labelled line, a list item, a definition term, a summary, a
 * question-and-answer table row), which structure the document repeats as its card pattern, and
 * how far each answer runs. {@link sdq.ingest.cards.CardFinder} is the entry point.
 */
package sdq.ingest.cards;
