/** The event types the auth module writes (src/audit/event-catalogue.ts explains the catalogue). */
import { auditOnly, type EventDataOf, withoutData } from '../audit/event-catalogue.js';

export const AUTH_EVENTS = {
  'role.granted': withoutData('A user was granted a role in the cooperative.'),
  'role.revoked': withoutData('A user’s role in the cooperative was revoked.'),
  'user.invited': withoutData('An admin invited someone to hold roles in the cooperative.'),
  'user.invitation_accepted': withoutData('An invited person accepted and now holds the roles.'),
  'api_client.created': withoutData('An API client (key) of the cooperative was created.'),
  'api_client.revoked': withoutData('An API client (key) of the cooperative was revoked.'),
  'auth.refresh_token_reused': auditOnly('A refresh token was used twice: its session was revoked.'),
};

declare module '../audit/event-catalogue.js' {
  interface EventTypes extends EventDataOf<typeof AUTH_EVENTS> {}
}
