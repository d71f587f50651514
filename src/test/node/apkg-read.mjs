// Reads an Anki package with anki-reader, a reader sdq did not write, and prints what it finds,
// for AnkiPackageTest to compare with what sdq exported.
// Output (stdout): {"decks": {"<id>": "<name>"}, "cards": [{"deck": name, "fields": {...}, "model": name}],
//                   "notes": [{"guid", "tags"}], "tags": [...]}
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';

const require = createRequire(process.argv[2] + '/');
const { readAnkiPackage } = await import(require.resolve('anki-reader'));

const { collection } = await readAnkiPackage(new Blob([readFileSync(process.argv[3])]));
const decks = {};
const cards = [];
for (const [id, deck] of Object.entries(collection.getDecks())) {
  decks[id] = deck.getRawDeck().name;
  for (const card of Object.values(deck.getCards())) {
    cards.push({ deck: deck.getRawDeck().name, fields: card.getFields(), model: card.getModel().getRawModel().name,
      ord: card.getRawCard().ord });
  }
}
const rows = collection.getRawCollection().exec('SELECT guid, tags FROM notes ORDER BY id')[0]?.values ?? [];
const notes = rows.map(([guid, tags]) => ({ guid, tags: String(tags).trim().split(/\s+/).filter((t) => t) }));
process.stdout.write(JSON.stringify({ decks, cards, notes, tags: Object.keys(collection.getTags?.() ?? {}) }));
