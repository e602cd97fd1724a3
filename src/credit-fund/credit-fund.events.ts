/** The event types the credit-fund module writes (src/audit/event-catalogue.ts explains the catalogue). */
import { type EventDataOf, withData } from '../audit/event-catalogue.js';
import {
  ContributionPlanResponseDto,
  ContributionResponseDto,
  FundEntryResponseDto,
  LoanArrearsDto,
} from './credit-fund.dto.js';
import { LoanResponseDto } from './loan.dto.js';
import { RepaymentResponseDto } from './loan-schedule.dto.js';

const loan = (summary: string) => withData(LoanResponseDto, 'credit:read', 'GET /loans/{id}', summary);
const fundEntry = (summary: string) =>
  withData(FundEntryResponseDto, 'credit:read', 'an item of GET /credit-fund/entries', summary);
const plan = (summary: string) =>
  withData(ContributionPlanResponseDto, 'credit:read', 'an item of GET /credit-fund/contribution-plans', summary);

export const CREDIT_FUND_EVENTS = {
  'loan.applied': loan('A member applied for a loan.'),
  'loan.approved': loan('The credit committee approved a loan.'),
  'loan.rejected': loan('The credit committee rejected a loan.'),
  'loan.disbursed': loan('A loan was paid out; its schedule runs.'),
  'loan.repayment_posted': withData(
    RepaymentResponseDto,
    'credit:read',
    'an item of GET /loans/{id}/repayments',
    'A repayment was recorded (the repayment, with how it was applied).',
  ),
  'loan.instalment_overdue': withData(
    LoanArrearsDto,
    'credit:read',
    'GET /loans/{id}/arrears',
    'An instalment fell due unpaid (found within LOAN_OVERDUE_CHECK_MINUTES): the loan’s arrears that day.',
  ),
  'loan.settled': loan('A repayment paid the loan off (the loan it closed).'),
  'loan.written_off': loan('A loan was written off.'),
  'credit_fund.contribution_posted': withData(
    ContributionResponseDto,
    'credit:read',
    'an item of GET /credit-fund/contributions',
    'A member’s contribution to the fund was recorded.',
  ),
  'credit_fund.contribution_plan_created': plan('A member’s regular contribution plan started.'),
  'credit_fund.contribution_plan_ended': plan('A member’s regular contribution plan ended.'),
  'credit_fund.donation_posted': fundEntry('A donation to the fund was recorded.'),
  'credit_fund.surplus_allocation_posted': fundEntry('A surplus distribution put money into the fund.'),
};

declare module '../audit/event-catalogue.js' {
  interface EventTypes extends EventDataOf<typeof CREDIT_FUND_EVENTS> {}
}
