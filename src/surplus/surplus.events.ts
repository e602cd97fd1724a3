/** The event types the surplus module writes (src/audit/event-catalogue.ts explains the catalogue). */
import { type EventDataOf, withData, withoutData } from '../audit/event-catalogue.js';
import { PlanResponseDto, RefundPreferenceResponseDto } from './distribution-plan.dto.js';
import { FiscalYearResponseDto, PatronageRecordResponseDto } from './fiscal-year.dto.js';

const plan = (summary: string) => withData(PlanResponseDto, 'surplus:read', 'GET /distribution-plans/{id}', summary);
const year = (summary: string) => withData(FiscalYearResponseDto, 'surplus:read', 'GET /fiscal-years/{id}', summary);

export const SURPLUS_EVENTS = {
  'fiscal_year.created': year('A fiscal year was opened.'),
  'fiscal_year.net_surplus_entered': year('The year’s net surplus was entered.'),
  'patronage.recorded': withData(
    PatronageRecordResponseDto,
    'surplus:read',
    'an item of GET /fiscal-years/{id}/patronage',
    'A member’s patronage for the year was recorded.',
  ),
  'patronage.deleted': withoutData('A patronage record was deleted.'),
  'patronage.imported': withoutData('Patronage records were imported from a CSV file (the year’s list shows them).'),
  'distribution_plan.computed': plan('A distribution plan was computed from the year’s surplus.'),
  'distribution_plan.recomputed': plan('A draft distribution plan was computed again.'),
  'distribution_plan.proposed': plan('A distribution plan was put to a decision (a ballot, or the board).'),
  'distribution_plan.approved': plan('A distribution plan was approved.'),
  'distribution_plan.rejected': plan('A distribution plan was rejected.'),
  'distribution_plan.executed': plan('A distribution plan was executed: its refunds and allocations posted.'),
  'surplus_refund_preference.set': withData(
    RefundPreferenceResponseDto,
    'surplus:read',
    'GET /surplus-refund-preferences/{memberId}',
    'A member chose how their surplus refund is paid.',
  ),
};

declare module '../audit/event-catalogue.js' {
  interface EventTypes extends EventDataOf<typeof SURPLUS_EVENTS> {}
}
