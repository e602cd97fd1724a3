/**
 * Every module's error catalogue, assembled where the app is composed: the problem filter answers a RuleError with
 * the status its code has here, and the contract lists these codes. A code belongs to exactly one catalogue.
 */
import { AUTH_ERRORS } from './auth/auth.errors.js';
import { COMMON_ERRORS } from './common/errors/common.errors.js';
import type { ErrorCatalogue, ProblemStatus } from './common/errors/rule-error.js';
import { COOPERATIVES_ERRORS } from './cooperatives/cooperatives.errors.js';
import { CREDIT_FUND_ERRORS } from './credit-fund/credit-fund.errors.js';
import { GOVERNANCE_ERRORS } from './governance/governance.errors.js';
import { MEMBERSHIP_ERRORS } from './membership/membership.errors.js';
import { SHARE_CAPITAL_ERRORS } from './share-capital/share-capital.errors.js';
import { SURPLUS_ERRORS } from './surplus/surplus.errors.js';
import { WEBHOOKS_ERRORS } from './webhooks/webhooks.errors.js';

export const ERROR_CATALOGUES: Readonly<Record<string, ErrorCatalogue>> = {
  common: COMMON_ERRORS,
  auth: AUTH_ERRORS,
  cooperatives: COOPERATIVES_ERRORS,
  membership: MEMBERSHIP_ERRORS,
  'share-capital': SHARE_CAPITAL_ERRORS,
  governance: GOVERNANCE_ERRORS,
  'credit-fund': CREDIT_FUND_ERRORS,
  surplus: SURPLUS_ERRORS,
  webhooks: WEBHOOKS_ERRORS,
};

/** One map from code to status; throws at import when two catalogues claim the same code. */
export function composeCatalogues(
  catalogues: Readonly<Record<string, ErrorCatalogue>>,
): ReadonlyMap<string, ProblemStatus> {
  const statuses = new Map<string, ProblemStatus>();
  const ownerOf = new Map<string, string>();
  for (const [module, catalogue] of Object.entries(catalogues)) {
    for (const [code, status] of Object.entries(catalogue)) {
      const owner = ownerOf.get(code);
      if (owner !== undefined) throw new Error(`Error code ${code} is claimed by both ${owner} and ${module}`);
      ownerOf.set(code, module);
      statuses.set(code, status);
    }
  }
  return statuses;
}

export const ERROR_STATUSES = composeCatalogues(ERROR_CATALOGUES);

/** Every code the API can answer with, sorted (the contract's list of `code` values). */
export const ALL_ERROR_CODES: readonly string[] = [...ERROR_STATUSES.keys()].sort();
