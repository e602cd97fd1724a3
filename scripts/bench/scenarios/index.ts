/**
 * The scenarios `npm run bench` knows, in the order they run. To add one: write `scenarios/<name>.ts` exporting a
 * Scenario (`{ name, description, run(ctx) }` returning figures; see scenario.ts and http-overhead.ts for the
 * smallest example), add it here, attach a TargetCheck to the figure a QUALITY.md target applies to, and remove
 * its line from PENDING_SCENARIOS.
 */
import type { Scenario } from '../scenario.js';
import type { TargetId } from '../targets.js';
import { castVote, openBallotScenario, tally } from './ballots.js';
import { coldStart } from './cold-start.js';
import { httpOverhead } from './http-overhead.js';
import { loginAndRead } from './login-and-read.js';
import { exportRegister, readMember } from './register.js';

export const SCENARIOS: readonly Scenario[] = [
  httpOverhead,
  loginAndRead,
  exportRegister,
  readMember,
  openBallotScenario,
  castVote,
  tally,
  coldStart,
];

/** The scenarios whose module is not on this branch yet: listed in the report as not measured. */
export const PENDING_SCENARIOS: readonly { name: string; what: string; needs: string; target?: TargetId }[] = [
  {
    name: 'surplus-distribution',
    what: 'compute and execute a surplus distribution',
    needs: 'surplus',
    target: 'surplus-distribution',
  },
  { name: 'share-payment', what: 'post a share payment', needs: 'share-capital' },
  { name: 'fund-figures', what: 'fund portfolio and arrears figures', needs: 'credit-fund' },
];
