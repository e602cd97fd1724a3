/**
 * Every module's event catalogue, assembled where the app is composed (as src/error-catalogue.ts is for problem
 * codes): the contract's payload schema per event type and `x-webhooks` section (src/openapi/event-schemas.ts) and
 * the README's catalogue come from here. A type belongs to exactly one module.
 */
import type { EventCatalogue, EventSpec, EventType } from './audit/event-catalogue.js';
import { AUTH_EVENTS } from './auth/auth.events.js';
import { COOPERATIVES_EVENTS } from './cooperatives/cooperatives.events.js';
import { CREDIT_FUND_EVENTS } from './credit-fund/credit-fund.events.js';
import { GOVERNANCE_EVENTS } from './governance/governance.events.js';
import { MEMBERSHIP_EVENTS } from './membership/membership.events.js';
import { SHARE_CAPITAL_EVENTS } from './share-capital/share-capital.events.js';
import { SURPLUS_EVENTS } from './surplus/surplus.events.js';
import { WEBHOOKS_EVENTS } from './webhooks/webhooks.events.js';

export const EVENT_CATALOGUES: Readonly<Record<string, EventCatalogue>> = {
  cooperatives: COOPERATIVES_EVENTS,
  auth: AUTH_EVENTS,
  membership: MEMBERSHIP_EVENTS,
  'share-capital': SHARE_CAPITAL_EVENTS,
  governance: GOVERNANCE_EVENTS,
  'credit-fund': CREDIT_FUND_EVENTS,
  surplus: SURPLUS_EVENTS,
  webhooks: WEBHOOKS_EVENTS,
};

/** One map from type to spec, in the modules' order; throws at import when two catalogues claim the same type. */
export function composeEventCatalogues(
  catalogues: Readonly<Record<string, EventCatalogue>>,
): ReadonlyMap<string, EventSpec> {
  const specs = new Map<string, EventSpec>();
  const ownerOf = new Map<string, string>();
  for (const [module, catalogue] of Object.entries(catalogues)) {
    for (const [type, spec] of Object.entries(catalogue)) {
      const owner = ownerOf.get(type);
      if (owner !== undefined) throw new Error(`Event type ${type} is claimed by both ${owner} and ${module}`);
      ownerOf.set(type, module);
      specs.set(type, spec);
    }
  }
  return specs;
}

export const EVENT_TYPES: ReadonlyMap<string, EventSpec> = composeEventCatalogues(EVENT_CATALOGUES);

// Compile-time: a module that declares types (EventTypes) must be composed above, or this fails to type-check.
const composed: Record<EventType, EventSpec> = {
  ...COOPERATIVES_EVENTS,
  ...AUTH_EVENTS,
  ...MEMBERSHIP_EVENTS,
  ...SHARE_CAPITAL_EVENTS,
  ...GOVERNANCE_EVENTS,
  ...CREDIT_FUND_EVENTS,
  ...SURPLUS_EVENTS,
  ...WEBHOOKS_EVENTS,
};
void composed;

/** The types a cooperative's feed and webhooks can carry, in catalogue order. */
export function publishedEventTypes(): [string, EventSpec][] {
  return [...EVENT_TYPES].filter(([, spec]) => spec.published);
}
