/**
 * The document model every notes syntax is read into: a tree of {@link sdq.ingest.doc.Block}s
 * (headings, paragraphs, lists and their items, quotes, code, tables, rules, details, definition
 * lists, and cards a syntax declares outright), each with the source lines it came from and its
 * Markdown. One front end per syntax builds the tree: Markdown through commonmark, HTML through
 * jsoup, and small readers of their own for plain text, org, AsciiDoc and reStructuredText.
 * Cards are found on the tree, once for every syntax, in {@code sdq.ingest.cards}.
 */
package sdq.ingest.doc;
