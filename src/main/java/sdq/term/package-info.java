/**
 * What the user sees: Markdown rendered for the terminal (or as plain text), tables that fit the
 * width, card text made safe to print, and the JLine terminal. JLine is used here and nowhere else.
 */
package sdq.term;
