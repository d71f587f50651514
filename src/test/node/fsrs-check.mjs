// Replays review histories through ts-fsrs, the reference FSRS scheduler, and prints the card
// after each review, for FsrsReferenceTest to compare with sdq's own scheduler.
// Input (stdin): {"retention": 0.9, "histories": [[{"at": "2026-01-01T12:00:00Z", "grade": 3}, ...], ...]}
// Output (stdout): one array per history, one entry per review.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';

const require = createRequire(process.argv[2] + '/');
const { fsrs, generatorParameters, createEmptyCard, State } = require('ts-fsrs');

const input = JSON.parse(readFileSync(0, 'utf8'));
const scheduler = fsrs(generatorParameters({ enable_fuzz: false, request_retention: input.retention }));
const out = input.histories.map((history) => {
  let card = createEmptyCard(new Date(history[0].at));
  return history.map((review) => {
    card = scheduler.next(card, new Date(review.at), review.grade).card;
    return {
      phase: State[card.state].toUpperCase(),
      stability: card.stability,
      difficulty: card.difficulty,
      due: card.due.toISOString(),
      scheduledDays: card.scheduled_days,
      reps: card.reps,
      lapses: card.lapses,
    };
  });
});
process.stdout.write(JSON.stringify(out));
