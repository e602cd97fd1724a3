/**
 * The scenarios `npm run bench` knows, in the order they run. To add one: write `scenarios/<name>.ts` exporting a
 * Scenario (`{ name, description, run(ctx) }` returning figures; see scenario.ts and http-overhead.ts for the
 * smallest example), add it here, attach a TargetCheck to the figure a QUALITY.md target applies to, and remove
 * its line from PENDING_SCENARIOS.
 */
import type { Scenario } from '../scenario.js';
import type { TargetId } from '../targets.js';
import { coldStart } from './cold-start.js';
import { httpOverhead } from './http-overhead.js';
import { loginAndRead } from './login-and-read.js';

export const SCENARIOS: readonly Scenario[] = [httpOverhead, loginAndRead, coldStart];

/** The scenarios whose module is not on this branch yet: listed in the report as not measured. */
export const PENDING_SCENARIOS: readonly { name: string; what: string; needs: string; target?: TargetId }[] = [
  { name: 'cast-vote', what: 'cast votes, 64 concurrent clients', needs: 'governance', target: 'cast-vote' },
  { name: 'read-member', what: 'get a member and list a page of 50', needs: 'membership', target: 'read-member' },
  { name: 'export-register', what: 'export the register as CSV', needs: 'membership', target: 'export-register' },
  { name: 'open-ballot', what: 'open a ballot (freeze the roll)', needs: 'governance', target: 'open-ballot' },
  { name: 'tally', what: 'tally a closed ballot', needs: 'governance', target: 'tally' },
  {
    name: 'surplus-distribution',
    what: 'compute and execute a surplus distribution',
    needs: 'surplus',
    target: 'surplus-distribution',
  },
  { name: 'share-payment', what: 'post a share payment', needs: 'share-capital' },
  { name: 'fund-figures', what: 'fund portfolio and arrears figures', needs: 'credit-fund' },
];
