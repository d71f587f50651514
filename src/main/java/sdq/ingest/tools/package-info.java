/**
 * The card syntaxes of the tools people already keep cards in, read into the document model as
 * cards they declare: Obsidian Spaced Repetition ({@code q::a}, {@code ?} separators,
 * {@code ==clozes==}), Logseq ({@code #card} blocks), RemNote ({@code q >> a}), NeuraCache
 * ({@code q #flashcard}), hashcards cloze lines ({@code C: ... [gap] ...}) and Anki clozes in any
 * notes ({@code {{c1::...}}}). Each is found on lines or blocks of a Markdown file and stands in
 * place of them; the rest of the file is read as notes.
 */
package sdq.ingest.tools;
