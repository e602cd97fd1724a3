/**
 * Posting to the fund: the one place that writes credit_fund_entries and the balances of credit_funds. Callers run
 * inside a transaction and lock in one order everywhere (the loan row first, when there is one, then the fund row),
 * so concurrent postings queue instead of deadlocking.
 */
import { Injectable } from '@nestjs/common';
import { type EntityManager, In } from 'typeorm';
import { Dec, formatMoney } from '../common/money/money.js';
import { actorOf } from '../auth/caller.js';
import { legacyContext } from '../common/context/log-context.js';
import { FundEntry, type FundEntryKind } from './fund-entry.entity.js';
import { CreditFundError } from './credit-fund.errors.js';

/** @deprecated ambient recorder, until this module takes a RequestContext (issue 13). */
const recorder = () => {
  const actor = actorOf(legacyContext());
  return { recordedByType: actor.type, recordedBy: actor.id };
};

/** What each kind does to the fund's cash (balance) and to the principal lent out (loans outstanding). */
export const ENTRY_EFFECTS: Readonly<Record<FundEntryKind, { cash: -1 | 0 | 1; loans: -1 | 0 | 1 }>> = {
  contribution: { cash: 1, loans: 0 },
  surplus_allocation: { cash: 1, loans: 0 },
  donation: { cash: 1, loans: 0 },
  disbursement: { cash: -1, loans: 1 },
  repayment_principal: { cash: 1, loans: -1 },
  repayment_interest: { cash: 1, loans: 0 },
  write_off: { cash: 0, loans: -1 },
};

/** The SQL form of ENTRY_EFFECTS (for invariants and reports), over an entries alias `e`. */
export const CASH_DELTA_SQL = `CASE e.kind WHEN 'disbursement' THEN -e.amount WHEN 'write_off' THEN 0 ELSE e.amount END`;
export const LOANS_DELTA_SQL = `CASE e.kind WHEN 'disbursement' THEN e.amount WHEN 'repayment_principal' THEN -e.amount WHEN 'write_off' THEN -e.amount ELSE 0 END`;

export interface LockedFund {
  cooperativeId: string;
  balance: Dec;
  loansOutstanding: Dec;
}

export interface Posting {
  kind: FundEntryKind;
  amount: Dec;
  valueDate: string;
  memberId?: string | null;
  loanId?: string | null;
  contributionId?: string | null;
  repaymentId?: string | null;
  externalRef?: string | null;
  description?: string | null;
}

@Injectable()
export class FundLedger {
  /** Locks the cooperative's fund row (created at the first posting) until the transaction ends. */
  async lock(manager: EntityManager, cooperativeId: string): Promise<LockedFund> {
    const select = () =>
      manager.query<{ balance: string; loans_outstanding: string }[]>(
        'SELECT balance, loans_outstanding FROM credit_funds WHERE cooperative_id = $1 FOR UPDATE',
        [cooperativeId],
      );
    let [row] = await select();
    if (!row) {
      await manager.query('INSERT INTO credit_funds (cooperative_id) VALUES ($1) ON CONFLICT DO NOTHING', [
        cooperativeId,
      ]);
      [row] = await select();
    }
    return { cooperativeId, balance: new Dec(row.balance), loansOutstanding: new Dec(row.loans_outstanding) };
  }

  /**
   * Posts entries to a fund locked by `lock`, in order, and moves its balances. A posting that would take the
   * balance below zero refuses the whole request (INSUFFICIENT_FUND_BALANCE); the CHECK on credit_funds would
   * refuse it anyway.
   */
  async post(
    manager: EntityManager,
    fund: LockedFund,
    postings: readonly Posting[],
    scale: number,
  ): Promise<FundEntry[]> {
    const by = recorder();
    const rows: Partial<FundEntry>[] = [];
    let { balance, loansOutstanding } = fund;
    for (const p of postings) {
      const effect = ENTRY_EFFECTS[p.kind];
      balance = balance.plus(p.amount.times(effect.cash));
      loansOutstanding = loansOutstanding.plus(p.amount.times(effect.loans));
      if (balance.isNegative()) {
        const available = formatMoney(balance.minus(p.amount.times(effect.cash)), scale);
        throw new CreditFundError(
          'INSUFFICIENT_FUND_BALANCE',
          `The fund holds ${available}: not enough for ${formatMoney(p.amount, scale)}.`,
          undefined,
          { available },
        );
      }
      rows.push({
        cooperativeId: fund.cooperativeId,
        kind: p.kind,
        amount: p.amount.toFixed(),
        balanceAfter: balance.toFixed(),
        valueDate: p.valueDate,
        memberId: p.memberId ?? null,
        loanId: p.loanId ?? null,
        contributionId: p.contributionId ?? null,
        repaymentId: p.repaymentId ?? null,
        externalRef: p.externalRef ?? null,
        description: p.description ?? null,
        ...by,
      });
    }
    if (rows.length === 0) return [];
    const inserted = await manager.insert(FundEntry, rows);
    await manager.query(
      'UPDATE credit_funds SET balance = $2, loans_outstanding = $3, updated_at = now() WHERE cooperative_id = $1',
      [fund.cooperativeId, balance.toFixed(), loansOutstanding.toFixed()],
    );
    fund.balance = balance;
    fund.loansOutstanding = loansOutstanding;
    const ids = inserted.identifiers.map((i) => String(i.id));
    const entries = await manager.findBy(FundEntry, { id: In(ids) });
    return entries.sort((a, b) => Number(BigInt(a.id) - BigInt(b.id)));
  }
}
