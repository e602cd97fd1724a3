/**
 * `loan.instalment_overdue`: an instalment falls overdue with time, not by a request, so a job records it. Every
 * LOAN_OVERDUE_CHECK_MINUTES each API process looks for instalments of disbursed loans due before today (UTC, as the
 * arrears rules count: due on day D, overdue from D + 1) and not fully paid, that have not been announced; claims up
 * to a batch of them by inserting their notice (loan_overdue_notices, one per instalment: a second process's insert
 * does nothing), and in the same transaction audits each, its event carrying the loan's arrears that day as
 * GET /loans/{id}/arrears answers them. So every instalment that falls due unpaid is announced exactly once, and a
 * reminder app (an SMS gateway) hears of it within the interval. Tests call `check(asOf, cooperativeId)`.
 *
 * Transactions stay short (BATCH instalments each): the change feed and the webhook fan-out show an event only once
 * every transaction older than it has ended (audit.sql.ts), so a long one here would hold back every cooperative's
 * events.
 */
import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { AuditService } from '../audit/audit.service.js';
import { systemContext, type TxContext } from '../common/context/request-context.js';
import { todayUtc } from '../common/dates.js';
import { TransactionHelper } from '../database/transaction.js';
import { CooperativeService } from '../cooperatives/cooperative.service.js';
import { creditEvent } from './credit-fund.mapper.js';
import { Loan } from './loan.entity.js';
import { LOAN_OVERDUE_SETTINGS, type LoanOverdueSettings } from './loan-overdue.settings.js';
import { LoanPortfolioService } from './loan-portfolio.service.js';

/** Instalments claimed per transaction: each costs a few reads (its loan's arrears), so a batch takes milliseconds. */
const BATCH = 25;
/** The first check after start: soon, but not in the way of the start itself. */
const FIRST_CHECK_MS = 5000;

/**
 * Claims up to $2 unannounced instalments overdue on $1 (of cooperative $3, or of all when null) by inserting their
 * notices; answers the claimed ones.
 */
const CLAIM_OVERDUE_SQL = `
  INSERT INTO loan_overdue_notices (cooperative_id, loan_id, number, due_on)
  SELECT i.cooperative_id, i.loan_id, i.number, i.due_on
    FROM loan_instalments i
    JOIN loans l ON l.cooperative_id = i.cooperative_id AND l.id = i.loan_id AND l.status = 'disbursed'
   WHERE i.due_on < $1::date
     AND ($3::uuid IS NULL OR i.cooperative_id = $3)
     AND (i.principal_paid < i.principal OR i.interest_paid + i.interest_waived < i.interest)
     AND NOT EXISTS (SELECT 1 FROM loan_overdue_notices n
                      WHERE n.cooperative_id = i.cooperative_id AND n.loan_id = i.loan_id AND n.number = i.number)
   ORDER BY i.due_on, i.cooperative_id, i.loan_id, i.number
   LIMIT $2
  ON CONFLICT DO NOTHING
  RETURNING cooperative_id AS "cooperativeId", loan_id AS "loanId", number, due_on::text AS "dueOn"`;

interface Claimed {
  cooperativeId: string;
  loanId: string;
  number: number;
  dueOn: string;
}

@Injectable()
export class LoanOverdueJob implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('LoanOverdueJob');
  private timers: NodeJS.Timeout[] = [];
  private running?: Promise<number>;
  private stopped = false;

  constructor(
    private readonly tx: TransactionHelper,
    private readonly audit: AuditService,
    private readonly cooperatives: CooperativeService,
    private readonly portfolio: LoanPortfolioService,
    @Inject(LOAN_OVERDUE_SETTINGS) private readonly settings: LoanOverdueSettings,
  ) {}

  onApplicationBootstrap(): void {
    if (this.settings.checkEveryMs <= 0) return;
    this.timers.push(setTimeout(() => this.tick(), FIRST_CHECK_MS).unref());
    this.timers.push(setInterval(() => this.tick(), this.settings.checkEveryMs).unref());
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    this.timers.forEach(clearTimeout);
    await this.running?.catch(() => undefined);
  }

  /**
   * Announces every instalment overdue on `asOf` not announced yet (of one cooperative, or of all), batch after batch;
   * answers how many.
   */
  async check(asOf = todayUtc(), cooperativeId?: string): Promise<number> {
    let total = 0;
    for (;;) {
      const claimed = await this.tx.run(systemContext(), (ctx) => this.announce(ctx, asOf, cooperativeId ?? null));
      total += claimed;
      if (claimed < BATCH || this.stopped) return total;
    }
  }

  private async announce(ctx: TxContext, asOf: string, cooperativeId: string | null): Promise<number> {
    const claimed = await ctx.manager.query<Claimed[]>(CLAIM_OVERDUE_SQL, [asOf, BATCH, cooperativeId]);
    const scales = new Map<string, number>();
    for (const instalment of claimed) {
      const { cooperativeId, loanId } = instalment;
      if (!scales.has(cooperativeId)) {
        scales.set(cooperativeId, (await this.cooperatives.bylaws(ctx, cooperativeId)).minorUnitScale);
      }
      const loan = await ctx.manager.findOneByOrFail(Loan, { cooperativeId, id: loanId });
      const arrears = await this.portfolio.loanArrears(ctx, loan, asOf, scales.get(cooperativeId)!);
      await this.audit.record(ctx, {
        cooperativeId,
        action: 'loan.instalment_overdue',
        targetType: 'loan',
        targetId: loanId,
        summary: { memberId: loan.memberId, instalment: instalment.number, dueOn: instalment.dueOn, asOf },
        event: creditEvent(arrears),
      });
    }
    return claimed.length;
  }

  private tick(): void {
    if (this.running || this.stopped) return;
    this.running = this.check()
      .then((announced) => {
        if (announced > 0) this.logger.log(`announced ${announced} overdue instalments`);
        return announced;
      })
      .catch((error: unknown) => {
        this.logger.error({ err: error }, 'the overdue-instalment check failed');
        return 0;
      })
      .finally(() => (this.running = undefined));
  }
}
