/** The event types the cooperatives module writes (src/audit/event-catalogue.ts explains the catalogue). */
import { type EventDataOf, withData } from '../audit/event-catalogue.js';
import { BylawsResponseDto, CooperativeResponseDto } from './cooperative.dto.js';

export const COOPERATIVES_EVENTS = {
  'cooperative.created': withData(
    CooperativeResponseDto,
    'cooperative:read',
    'GET /cooperatives/{id}',
    'The cooperative was created (its first event).',
  ),
  'bylaws.updated': withData(
    BylawsResponseDto,
    'bylaws:read',
    'GET /cooperatives/{id}/bylaws',
    'The bylaws settings changed.',
  ),
};

declare module '../audit/event-catalogue.js' {
  interface EventTypes extends EventDataOf<typeof COOPERATIVES_EVENTS> {}
}
