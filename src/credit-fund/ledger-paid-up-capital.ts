/**
 * A member's paid-up capital for the loan ceiling, read from the share-capital ledger (the credit fund sits above
 * share capital on the module ladder): the sum of the paid-up movements effective on or before the date.
 */
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { MemberPaidUpCapitalPort } from './credit-fund.ports.js';

@Injectable()
export class LedgerPaidUpCapital implements MemberPaidUpCapitalPort {
  async paidUpCapital(manager: EntityManager, cooperativeId: string, memberId: string, asOf: string): Promise<string> {
    const [row]: { paid_up: string }[] = await manager.query(
      `SELECT COALESCE(sum(paid_up_delta), 0)::text AS paid_up FROM capital_entries
        WHERE cooperative_id = $1 AND member_id = $2 AND effective_date <= $3::date`,
      [cooperativeId, memberId, asOf],
    );
    return row.paid_up;
  }
}
