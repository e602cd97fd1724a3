/** Every entity, composed from each module's list where the app is composed: the app, the tests and the TypeORM CLI share it. */
import { IdempotencyRecord } from './common/idempotency/idempotency-record.entity.js';
import { AppSecret } from './database/app-secret.entity.js';
import { AUDIT_ENTITIES } from './audit/audit.module.js';
import { COOPERATIVES_ENTITIES } from './cooperatives/cooperatives.module.js';
import { AUTH_ENTITIES } from './auth/auth.module.js';
import { MEMBERSHIP_ENTITIES } from './membership/membership.module.js';
import { SHARE_CAPITAL_ENTITIES } from './share-capital/share-capital.module.js';
import { GOVERNANCE_ENTITIES } from './governance/governance.module.js';
import { CREDIT_FUND_ENTITIES } from './credit-fund/credit-fund.module.js';
import { SURPLUS_ENTITIES } from './surplus/surplus.module.js';
import { WEBHOOKS_ENTITIES } from './webhooks/webhooks.module.js';

export const ENTITIES = [
  // The infrastructure's own tables: the JWT secret, the idempotency records.
  AppSecret,
  IdempotencyRecord,
  ...AUDIT_ENTITIES,
  ...COOPERATIVES_ENTITIES,
  ...AUTH_ENTITIES,
  ...MEMBERSHIP_ENTITIES,
  ...SHARE_CAPITAL_ENTITIES,
  ...GOVERNANCE_ENTITIES,
  ...CREDIT_FUND_ENTITIES,
  ...SURPLUS_ENTITIES,
  ...WEBHOOKS_ENTITIES,
];
