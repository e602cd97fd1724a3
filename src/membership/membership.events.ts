/** The event types the membership module writes (src/audit/event-catalogue.ts explains the catalogue). */
import { type EventDataOf, withData, withoutData } from '../audit/event-catalogue.js';
import { MemberResponseDto } from './member.dto.js';

const member = (summary: string) => withData(MemberResponseDto, 'members:read', 'GET /members/{id}', summary);

export const MEMBERSHIP_EVENTS = {
  'member.applied': member('A person or legal entity applied for membership.'),
  'member.admitted': member('An applicant was admitted (a member number is given).'),
  'member.rejected': member('An application was rejected.'),
  'member.application_withdrawn': member('An applicant withdrew the application.'),
  'member.suspended': member('A member was suspended.'),
  'member.reinstated': member('A suspended member was reinstated.'),
  'member.ceased': member('A membership ended (withdrawal, expulsion, death, dissolution).'),
  'member.rejoined': member('A former member applied again.'),
  'member.updated': member('A member’s record was edited.'),
  'member.invited': withoutData('A member was invited to create their account.'),
  'member.account_linked': withoutData('A member accepted the invitation: their account is linked.'),
};

declare module '../audit/event-catalogue.js' {
  interface EventTypes extends EventDataOf<typeof MEMBERSHIP_EVENTS> {}
}
