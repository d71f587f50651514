/**
 * The cards themselves: {@link sdq.deck.Card}, {@link sdq.deck.Deck}, their ids and topic names,
 * and the selection of cards by topic and deck. Immutable values with no I/O and no libraries.
 */
package sdq.deck;
