/**
 * Cards out of sdq and back in: JSON (jackson-jr), and later Anki TSV, CSV and Markdown writers
 * and readers. jackson-jr is used here and nowhere else.
 */
package sdq.export;
