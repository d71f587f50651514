/**
 * Notes in, cards out: decoding text in whatever encoding it came, repairing mojibake, finding
 * the shape of the notes and extracting question-and-answer cards with one small extractor per
 * shape, tagging topics, and merging a re-import into an existing deck without losing ids.
 * Pure: text and parameters in, values out; no I/O, no clock.
 */
package sdq.ingest;
