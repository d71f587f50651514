/**
 * Everything that touches the disk: the deck YAML codec (SnakeYAML, safe loading only), finding
 * and loading the decks, and writing files atomically. SnakeYAML is used here and nowhere else.
 */
package sdq.store;
