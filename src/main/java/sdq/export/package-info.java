/**
 * Cards out of sdq and back in: Anki's text format (answers as HTML through commonmark, read back
 * through jsoup), CSV and TSV (Commons CSV), JSON (jackson-jr), and Markdown study sheets. The
 * readers take text as {@code sdq.ingest.DecodedText} gives it: decoded, {@code \n} line breaks,
 * no byte-order mark (CSV also takes its own writer's mark). jackson-jr is used here and nowhere
 * else.
 */
package sdq.export;
