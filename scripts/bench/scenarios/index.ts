/**
 * The scenarios `npm run bench` knows, in the order they run. To add one: write `scenarios/<name>.ts` exporting a
 * Scenario (`{ name, description, run(ctx) }` returning figures; see scenario.ts and http-overhead.ts for the
 * smallest example), add it here, attach a TargetCheck to the figure a QUALITY.md target applies to, and remove
 * its line from PENDING_SCENARIOS.
 */
import type { Scenario } from '../scenario.js';
import { castVote, openBallotScenario, tally } from './ballots.js';
import { coldStart } from './cold-start.js';
import { eventCost } from './events.js';
import { fundFigures } from './fund-figures.js';
import { httpOverhead } from './http-overhead.js';
import { loginAndRead } from './login-and-read.js';
import { exportRegister, readMember } from './register.js';
import { sharePayment } from './share-payment.js';
import { surplusDistribution } from './surplus-distribution.js';

// The export first: its RSS target is about the export itself, on a process not yet grown by the load loops.
export const SCENARIOS: readonly Scenario[] = [
  exportRegister,
  httpOverhead,
  loginAndRead,
  readMember,
  openBallotScenario,
  castVote,
  eventCost,
  tally,
  sharePayment,
  surplusDistribution,
  fundFigures,
  coldStart,
];
