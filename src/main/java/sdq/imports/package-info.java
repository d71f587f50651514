/**
 * The import pipeline: finding the files named on the command line, telling notes from
 * flashcard files, reading each (notes through {@code sdq.ingest}, flashcard files through the
 * readers of {@code sdq.export}), routing cards to decks, merging them with what the decks hold,
 * and writing the decks through {@code sdq.store}. One entry point, {@link sdq.imports.Import},
 * returns what happened as an {@link sdq.imports.ImportResult}; printing it is the command's job.
 */
package sdq.imports;
