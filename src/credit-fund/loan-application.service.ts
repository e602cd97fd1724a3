/**
 * Loan applications (recorded by staff or made by the member) checked against the bylaws, and the committee's
 * decision, which checks them again on the decision day. A member's applications and decisions are serialised by a
 * lock on their member row (each counts the member's open loans); a decision locks the loan row first.
 */
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import type { RequestContext, TxContext } from '../common/context/request-context.js';
import { todayUtc } from '../common/dates.js';
import type { FieldError } from '../common/errors/rule-error.js';
import { Dec, formatMoney } from '../common/money/money.js';
import type { Bylaws } from '../cooperatives/bylaws.entity.js';
import { CooperativeService } from '../cooperatives/cooperative.service.js';
import { TransactionHelper } from '../database/transaction.js';
import { paidUpOf } from '../share-capital/capital.sql.js';
import { memberStatusOf } from '../membership/member-directory.sql.js';
import { CreditFundError, type CreditFundErrorCode } from './credit-fund.errors.js';
import { creditEvent } from './credit-fund.mapper.js';
import {
  amountIn,
  assertBorrowerActive,
  assertNoConflictOfInterest,
  assertNotBefore,
  findOwnMember,
} from './credit-fund.support.js';
import { checkLoanEligibility, type LoanEligibilityViolation } from './loan-eligibility.rules.js';
import { loanTransition } from './loan-lifecycle.rules.js';
import type {
  LoanApplicationDto,
  LoanApprovalDto,
  LoanRejectionDto,
  LoanResponseDto,
  OwnLoanApplicationDto,
} from './loan.dto.js';
import { Loan } from './loan.entity.js';
import { LoanGuarantor } from './loan-guarantor.entity.js';
import {
  activeMemberIds,
  contributedBy,
  guarantorsOf,
  loanResponse,
  lockLoan,
  openLoanCount,
} from './loan.repository.js';

interface Pledge {
  memberId: string;
  amount: Dec;
}

/** The member's figures of the day the bylaws were checked on, kept on the loan and in the audit entry. */
interface EligibilityFigures {
  ceiling: string;
  paidUpCapital: string;
  contributions: string;
  openLoans: number;
}

@Injectable()
export class LoanApplicationService {
  constructor(
    private readonly tx: TransactionHelper,
    private readonly audit: AuditService,
    private readonly cooperatives: CooperativeService,
  ) {}

  /** An application recorded by staff for a member. */
  async apply(ctx: RequestContext, cooperativeId: string, input: LoanApplicationDto): Promise<LoanResponseDto> {
    return this.tx.run(ctx, (ctx) =>
      this.applyFor(ctx, cooperativeId, input.memberId, input, input.appliedOn ?? todayUtc(), 'staff'),
    );
  }

  /** A member applies for themself (self-service). */
  async applyOwn(ctx: RequestContext, cooperativeId: string, input: OwnLoanApplicationDto): Promise<LoanResponseDto> {
    return this.tx.run(ctx, async (ctx) => {
      const member = await findOwnMember(ctx.manager, ctx, cooperativeId);
      return this.applyFor(ctx, cooperativeId, member.id, input, todayUtc(), 'member');
    });
  }

  async approve(
    ctx: RequestContext,
    cooperativeId: string,
    loanId: string,
    input: LoanApprovalDto,
  ): Promise<LoanResponseDto> {
    return this.decide(ctx, cooperativeId, loanId, 'approve', input);
  }

  async reject(
    ctx: RequestContext,
    cooperativeId: string,
    loanId: string,
    input: LoanRejectionDto,
  ): Promise<LoanResponseDto> {
    return this.decide(ctx, cooperativeId, loanId, 'reject', input);
  }

  private async applyFor(
    ctx: TxContext,
    cooperativeId: string,
    memberId: string,
    input: OwnLoanApplicationDto,
    appliedOn: string,
    by: 'staff' | 'member',
  ): Promise<LoanResponseDto> {
    const { manager } = ctx;
    const bylaws = await this.cooperatives.bylaws(ctx, cooperativeId);
    const scale = bylaws.minorUnitScale;
    const amount = amountIn(input.amount, scale, 'amount');
    const pledges: Pledge[] = (input.guarantors ?? []).map((g, i) => ({
      memberId: g.memberId,
      amount: amountIn(g.amount, scale, `guarantors[${i}].amount`),
    }));
    const member = await memberStatusOf(manager, cooperativeId, memberId, true);
    assertBorrowerActive(member);
    if (by === 'staff') await assertNoConflictOfInterest(manager, ctx, cooperativeId, [memberId]);
    await assertGuarantorsEligible(manager, cooperativeId, member.id, pledges);
    const figures = await checkEligibility(
      manager,
      bylaws,
      member.id,
      amount,
      input.termMonths,
      pledges,
      appliedOn,
      null,
    );

    const inserted = await manager.insert(Loan, {
      cooperativeId,
      memberId: member.id,
      status: 'applied',
      principal: amount.toFixed(),
      purpose: input.purpose,
      termMonths: input.termMonths,
      method: input.method,
      annualRatePercent: bylaws.loanInterestRatePercent,
      appliedOn,
      ceiling: figures.ceiling,
      paidUpCapital: figures.paidUpCapital,
      contributions: figures.contributions,
    });
    const loanId = inserted.identifiers[0].id as string;
    if (pledges.length > 0) {
      await manager.insert(
        LoanGuarantor,
        pledges.map((p) => ({ cooperativeId, loanId, memberId: p.memberId, pledged: p.amount.toFixed() })),
      );
    }
    const applied = await loanResponse(manager, loanId, scale);
    await this.audit.record(ctx, {
      cooperativeId,
      action: 'loan.applied',
      targetType: 'loan',
      targetId: loanId,
      summary: {
        memberId: member.id,
        by,
        amount: formatMoney(amount, scale),
        termMonths: input.termMonths,
        method: input.method,
        annualRatePercent: new Dec(bylaws.loanInterestRatePercent).toFixed(),
        appliedOn,
        ...figures,
        guarantors: pledges.map((p) => ({ memberId: p.memberId, pledged: formatMoney(p.amount, scale) })),
      },
      event: creditEvent(applied),
    });
    return applied;
  }

  private async decide(
    ctx: RequestContext,
    cooperativeId: string,
    loanId: string,
    action: 'approve' | 'reject',
    input: LoanApprovalDto | LoanRejectionDto,
  ): Promise<LoanResponseDto> {
    return this.tx.run(ctx, async (ctx) => {
      const { manager } = ctx;
      const loan = await lockLoan(manager, cooperativeId, loanId);
      const to = loanTransition(loan.status, action);
      const decidedOn = input.decidedOn ?? todayUtc();
      assertNotBefore(decidedOn, loan.appliedOn, 'decidedOn', 'the application');
      const guarantors = await guarantorsOf(manager, cooperativeId, loanId);
      await assertNoConflictOfInterest(manager, ctx, cooperativeId, [
        loan.memberId,
        ...guarantors.map((g) => g.memberId),
      ]);
      const bylaws = await this.cooperatives.bylaws(ctx, cooperativeId);
      const scale = bylaws.minorUnitScale;
      let figures: EligibilityFigures | undefined;
      if (action === 'approve') {
        // The facts may have moved since the application: the committee approves what holds today.
        const member = await memberStatusOf(manager, cooperativeId, loan.memberId, true);
        assertBorrowerActive(member);
        const pledges = guarantors.map((g) => ({ memberId: g.memberId, amount: new Dec(g.pledged) }));
        await assertGuarantorsEligible(manager, cooperativeId, member.id, pledges);
        figures = await checkEligibility(
          manager,
          bylaws,
          member.id,
          new Dec(loan.principal),
          loan.termMonths,
          pledges,
          decidedOn,
          loan.id,
        );
      }
      await manager.update(
        Loan,
        { id: loan.id, cooperativeId },
        {
          status: to,
          decidedOn,
          decisionReason: input.reason?.trim() || null,
          decisionReference: input.decisionReference ?? null,
        },
      );
      const decided = await loanResponse(manager, loan.id, scale);
      await this.audit.record(ctx, {
        cooperativeId,
        action: action === 'approve' ? 'loan.approved' : 'loan.rejected',
        targetType: 'loan',
        targetId: loan.id,
        summary: {
          memberId: loan.memberId,
          from: loan.status,
          to,
          decidedOn,
          reason: input.reason?.trim() || null,
          decisionReference: input.decisionReference ?? null,
          ...(figures ? { eligibility: figures } : {}),
        },
        event: creditEvent(decided),
      });
      return decided;
    });
  }
}

/**
 * The bylaws' credit rules (loan-eligibility.rules.ts) on the member's figures of `asOf`, paid-up capital read from
 * the share-capital ledger (capital.sql.ts) in the same transaction; throws the first violation's code, listing all.
 */
async function checkEligibility(
  manager: EntityManager,
  bylaws: Bylaws,
  memberId: string,
  amount: Dec,
  termMonths: number,
  pledges: readonly Pledge[],
  asOf: string,
  excludeLoanId: string | null,
): Promise<EligibilityFigures> {
  const { cooperativeId, minorUnitScale: scale } = bylaws;
  const openLoans = await openLoanCount(manager, cooperativeId, memberId, excludeLoanId);
  const contributions = formatMoney(await contributedBy(manager, cooperativeId, memberId, asOf), scale);
  const paidUpCapital = formatMoney(await paidUpOf(manager, cooperativeId, memberId, asOf), scale);
  const multiple = new Dec(bylaws.loanCeilingMultiple).toFixed();
  const guaranteePercent = bylaws.loanGuaranteeRequired ? new Dec(bylaws.loanGuaranteePercent).toFixed() : '0';
  const result = checkLoanEligibility(
    {
      ceilingMultiple: multiple,
      maxTermMonths: bylaws.loanMaxTermMonths,
      loansPerMember: bylaws.maxLoansPerMember,
      guaranteePercent,
    },
    {
      amount: formatMoney(amount, scale),
      termMonths,
      paidUpCapital,
      contributions,
      openLoans,
      pledges: pledges.map((p) => formatMoney(p.amount, scale)),
    },
    scale,
  );
  const figures: EligibilityFigures = { ceiling: result.ceiling, paidUpCapital, contributions, openLoans };
  if (result.eligible) return figures;

  const explain: Record<LoanEligibilityViolation, [CreditFundErrorCode, FieldError]> = {
    LOAN_ABOVE_CEILING: [
      'LOAN_ABOVE_CEILING',
      {
        field: 'amount',
        message:
          `amount ${formatMoney(amount, scale)} is above the ceiling ${result.ceiling} = ${multiple} x ` +
          `(paid-up capital ${paidUpCapital} + contributions ${contributions})`,
      },
    ],
    TERM_TOO_LONG: [
      'TERM_TOO_LONG',
      {
        field: 'termMonths',
        message: `termMonths ${termMonths} is above the bylaws' maximum ${bylaws.loanMaxTermMonths}`,
      },
    ],
    TOO_MANY_LOANS: [
      'TOO_MANY_LOANS',
      {
        field: 'memberId',
        message: `the member already has ${openLoans} open loan(s) or application(s); the bylaws allow ${bylaws.maxLoansPerMember}`,
      },
    ],
    GUARANTEE_REQUIRED: [
      'GUARANTEE_REQUIRED',
      {
        field: 'guarantors',
        message: `guarantors pledge ${result.guaranteePledged}; the bylaws require ${result.guaranteeRequired} (${guaranteePercent}% of the amount)`,
      },
    ],
  };
  const found = result.violations.map((v) => explain[v]);
  throw new CreditFundError(
    found[0][0],
    `The application does not meet the bylaws: ${found.map(([, e]) => e.message).join('; ')}.`,
    found.map(([, e]) => e),
    {
      violations: found.map(([code]) => code),
      ceiling: figures.ceiling,
      guaranteeRequired: result.guaranteeRequired,
      guaranteePledged: result.guaranteePledged,
    },
  );
}

/** Guarantors: other active members of the cooperative, each listed once. */
async function assertGuarantorsEligible(
  manager: EntityManager,
  cooperativeId: string,
  borrowerId: string,
  pledges: readonly Pledge[],
): Promise<void> {
  if (pledges.length === 0) return;
  const active = await activeMemberIds(
    manager,
    cooperativeId,
    pledges.map((p) => p.memberId),
  );
  const errors: FieldError[] = [];
  pledges.forEach((p, i) => {
    const field = `guarantors[${i}].memberId`;
    if (p.memberId === borrowerId) errors.push({ field, message: 'the borrower cannot guarantee their own loan' });
    else if (pledges.findIndex((q) => q.memberId === p.memberId) < i) errors.push({ field, message: 'listed twice' });
    else if (!active.has(p.memberId)) errors.push({ field, message: 'is not an active member of this cooperative' });
  });
  if (errors.length > 0) {
    throw new CreditFundError(
      'GUARANTOR_NOT_ELIGIBLE',
      'Guarantors must be other active members, each listed once.',
      errors,
    );
  }
}
