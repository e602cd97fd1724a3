/** The event types the share-capital module writes (src/audit/event-catalogue.ts explains the catalogue). */
import { type EventDataOf, withData } from '../audit/event-catalogue.js';
import { CapitalRequestResponseDto } from './capital-requests.dto.js';
import { CapitalEntryDetailDto } from './share-capital.dto.js';

const entry = (summary: string) =>
  withData(CapitalEntryDetailDto, 'capital:read', 'GET /capital-entries/{entryId}', summary);
const transfer = (summary: string) =>
  withData(CapitalRequestResponseDto, 'capital:read', 'GET /share-transfers/{id}', summary);
const redemption = (summary: string) =>
  withData(CapitalRequestResponseDto, 'capital:read', 'GET /share-redemptions/{id}', summary);

export const SHARE_CAPITAL_EVENTS = {
  'capital.subscription_posted': entry('Shares were subscribed (the new ledger entry).'),
  'capital.payment_posted': entry('A share payment was recorded.'),
  'capital.allocation_posted': entry('Shares were allocated from a surplus distribution.'),
  'capital.reversal_posted': entry('A posting was reversed (the reversal entry).'),
  'capital.transfer_requested': transfer('A member asked to transfer shares to another member.'),
  'capital.transfer_approved': transfer('A share transfer was approved.'),
  'capital.transfer_rejected': transfer('A share transfer was rejected.'),
  'capital.transfer_cancelled': transfer('A share transfer was cancelled.'),
  'capital.transfer_completed': transfer('A share transfer was completed: both ledgers moved.'),
  'capital.redemption_requested': redemption('A member asked for shares to be redeemed (paid back).'),
  'capital.redemption_approved': redemption('A share redemption was approved.'),
  'capital.redemption_rejected': redemption('A share redemption was rejected.'),
  'capital.redemption_cancelled': redemption('A share redemption was cancelled.'),
  'capital.redemption_queued': redemption('An approved redemption waits for the year’s redemption limit.'),
  'capital.redemption_completed': redemption('A share redemption was paid out.'),
};

/** A capital request's event types, `capital.{transfer|redemption}_{what happened}`. */
export type CapitalRequestEventType = Extract<
  keyof typeof SHARE_CAPITAL_EVENTS,
  `capital.transfer_${string}` | `capital.redemption_${string}`
>;

declare module '../audit/event-catalogue.js' {
  interface EventTypes extends EventDataOf<typeof SHARE_CAPITAL_EVENTS> {}
}
