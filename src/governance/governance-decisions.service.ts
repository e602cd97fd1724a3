/**
 * What other modules may ask governance (the surplus module's distribution plan, bylaw changes, appeals): whether a
 * ballot of this cooperative can still decide something (when it is linked), and whether it is the published,
 * passed decision that approves it (when it is acted on). Read inside the caller's transaction.
 */
import { Injectable } from '@nestjs/common';
import { TransactionHelper } from '../database/transaction.js';
import { Ballot } from './ballot.entity.js';
import { hasPassed } from './governance.rules.js';
import { ballotNotFound, GovernanceError } from './governance.errors.js';
import type { RequestContext } from '../common/context/request-context.js';

export interface PassedBallot {
  ballotId: string;
  title: string;
  publishedAt: Date;
}

@Injectable()
export class GovernanceDecisions {
  constructor(private readonly tx: TransactionHelper) {}

  /**
   * The ballot, when it is one of this cooperative's motions whose outcome is still open or passed; otherwise 404
   * BALLOT_NOT_FOUND (not in this cooperative) or 409 BALLOT_CANNOT_DECIDE (not a motion, or published rejected or
   * without quorum). A closed ballot whose result is not published yet can still decide: its result stays unseen.
   */
  async assertCanDecide(ctx: RequestContext, cooperativeId: string, ballotId: string): Promise<void> {
    const ballot = await this.tx.managerOf(ctx).findOneBy(Ballot, { cooperativeId, id: ballotId });
    if (!ballot) throw ballotNotFound();
    if (ballot.kind !== 'motion') {
      throw new GovernanceError(
        'BALLOT_CANNOT_DECIDE',
        `This ballot is ${articled(ballot.kind)}: only a motion decides.`,
      );
    }
    if (ballot.status === 'published' && !hasPassed(ballot.result)) {
      throw new GovernanceError(
        'BALLOT_CANNOT_DECIDE',
        `This ballot did not pass (${ballot.result?.outcome ?? 'no result'}): it cannot decide anything.`,
      );
    }
  }

  /**
   * The ballot, when it is a motion whose result is published and passed; otherwise 404 BALLOT_NOT_FOUND (not in
   * this cooperative) or 409 BALLOT_NOT_PASSED (not published yet, rejected, failed quorum, or not a motion).
   */
  async assertPassed(ctx: RequestContext, cooperativeId: string, ballotId: string): Promise<PassedBallot> {
    const ballot = await this.tx.managerOf(ctx).findOneBy(Ballot, { cooperativeId, id: ballotId });
    if (!ballot) throw ballotNotFound();
    if (ballot.status !== 'published' || !hasPassed(ballot.result)) {
      throw new GovernanceError(
        'BALLOT_NOT_PASSED',
        ballot.status !== 'published'
          ? 'This ballot has no published result yet.'
          : `This ballot did not pass (${ballot.result?.outcome ?? 'no result'}).`,
      );
    }
    return { ballotId: ballot.id, title: ballot.title, publishedAt: ballot.publishedAt! };
  }
}

const articled = (kind: string) => (/^[aeiou]/.test(kind) ? `an ${kind}` : `a ${kind}`);
