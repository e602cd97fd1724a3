/** Every migration, in order. Add each new one here (the TypeORM CLI writes the file; this list is the registry). */
import { Init1795826900457 } from './1795826900457-Init.js';
import { Membership1795828233070 } from './1795828233070-Membership.js';
import { Governance1795829549792 } from './1795829549792-Governance.js';
import { ShareCapital1795829705040 } from './1795829705040-ShareCapital.js';
import { CreditFund1795829765838 } from './1795829765838-CreditFund.js';
import { Surplus1795829969502 } from './1795829969502-Surplus.js';
import { SurplusCapitalAllocations1795834357474 } from './1795834357474-SurplusCapitalAllocations.js';
import { CapitalEntrySource1795900000000 } from './1795900000000-CapitalEntrySource.js';
import { ForbidChange1796159840460 } from './1796159840460-ForbidChange.js';
import { IdempotencyRetention1796173000847 } from './1796173000847-IdempotencyRetention.js';
import { PlanVersion1796300000000 } from './1796300000000-PlanVersion.js';
import { GovernanceVersion1796314000014 } from './1796314000014-GovernanceVersion.js';
import { MemberVersion1796412000141 } from './1796412000141-MemberVersion.js';
import { SealedVotes1797010000000 } from './1797010000000-SealedVotes.js';
import { PlanBallotKey1797020000000 } from './1797020000000-PlanBallotKey.js';
import { UserInvitations1797030000000 } from './1797030000000-UserInvitations.js';
import { Sessions1797040000000 } from './1797040000000-Sessions.js';
import { RateLimits1797050000000 } from './1797050000000-RateLimits.js';
import { Events1797060000000 } from './1797060000000-Events.js';
import { Webhooks1797070000000 } from './1797070000000-Webhooks.js';
import { WebhookPendingOrder1797080000000 } from './1797080000000-WebhookPendingOrder.js';
import { LoanOverdueNotices1797090000000 } from './1797090000000-LoanOverdueNotices.js';
import { PublishedChoices1797100000000 } from './1797100000000-PublishedChoices.js';

export const MIGRATIONS = [
  Init1795826900457,
  Membership1795828233070,
  Governance1795829549792,
  ShareCapital1795829705040,
  CreditFund1795829765838,
  Surplus1795829969502,
  SurplusCapitalAllocations1795834357474,
  CapitalEntrySource1795900000000,
  ForbidChange1796159840460,
  IdempotencyRetention1796173000847,
  PlanVersion1796300000000,
  GovernanceVersion1796314000014,
  MemberVersion1796412000141,
  SealedVotes1797010000000,
  PlanBallotKey1797020000000,
  UserInvitations1797030000000,
  Sessions1797040000000,
  RateLimits1797050000000,
  Events1797060000000,
  Webhooks1797070000000,
  WebhookPendingOrder1797080000000,
  LoanOverdueNotices1797090000000,
  PublishedChoices1797100000000,
];
