/**
 * The event types the governance module writes (src/audit/event-catalogue.ts explains the catalogue). A vote's event
 * carries no data: nothing in an event links a voter to a choice or a receipt.
 */
import { type EventDataOf, withData, withoutData } from '../audit/event-catalogue.js';
import { AssemblyResponseDto, AttendanceEntryDto } from './assembly.dto.js';
import { BallotResponseDto } from './ballot.dto.js';
import { ProxyResponseDto } from './proxy.dto.js';

const ballot = (summary: string) => withData(BallotResponseDto, 'governance:read', 'GET /ballots/{id}', summary);
const assembly = (summary: string) => withData(AssemblyResponseDto, 'governance:read', 'GET /assemblies/{id}', summary);
const proxy = (summary: string) => withData(ProxyResponseDto, 'governance:read', 'GET /proxies/{id}', summary);

export const GOVERNANCE_EVENTS = {
  'ballot.created': ballot('A ballot was drafted.'),
  'ballot.updated': ballot('A draft ballot was edited.'),
  'ballot.opened': ballot('A ballot opened: its electorate is frozen and voting starts.'),
  'ballot.vote_cast': withoutData('Someone voted (no data: never who chose what).'),
  'ballot.vote_changed': withoutData('Someone changed an open ballot’s vote (no data: never who chose what).'),
  'ballot.closed': ballot('A ballot closed and was counted.'),
  'ballot.counts_recorded': ballot('Counts taken in the assembly hall were recorded.'),
  'ballot.published': ballot('A ballot’s results were published.'),
  'assembly.created': assembly('A general assembly was called.'),
  'assembly.updated': assembly('An assembly’s details changed.'),
  'assembly.opened': assembly('An assembly opened.'),
  'assembly.closed': assembly('An assembly closed.'),
  'assembly.attendance_recorded': withData(
    AttendanceEntryDto,
    'governance:read',
    'an item of GET /assemblies/{id}/attendance',
    'A member’s attendance (in person or by proxy) was recorded.',
  ),
  'proxy.appointed': proxy('A member appointed a proxy.'),
  'proxy.revoked': proxy('A proxy was revoked.'),
};

declare module '../audit/event-catalogue.js' {
  interface EventTypes extends EventDataOf<typeof GOVERNANCE_EVENTS> {}
}
