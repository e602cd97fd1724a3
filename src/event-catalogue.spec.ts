import { withData, withoutData } from './audit/event-catalogue.js';
import { SCOPES } from './common/access/role.js';
import { composeEventCatalogues, EVENT_CATALOGUES, EVENT_TYPES, publishedEventTypes } from './event-catalogue.js';
import { eventSchemaName } from './openapi/event-schemas.js';

describe('the event catalogue', () => {
  it('refuses a type two modules claim', () => {
    const a = { 'member.admitted': withoutData('x') };
    expect(() => composeEventCatalogues({ one: a, two: a })).toThrow(
      'Event type member.admitted is claimed by both one and two',
    );
  });

  it('names each type module.what, as the feed’s `types` filter takes them, after its own module', () => {
    for (const [module, catalogue] of Object.entries(EVENT_CATALOGUES)) {
      for (const type of Object.keys(catalogue)) {
        expect({ module, type, ok: /^[a-z_]+\.[a-z_]+$/.test(type) }).toEqual({ module, type, ok: true });
      }
    }
    expect(EVENT_TYPES.size).toBe(Object.values(EVENT_CATALOGUES).reduce((n, c) => n + Object.keys(c).length, 0));
  });

  it('gives every type with data a scope, a source and a DTO, and every type a sentence', () => {
    for (const [type, spec] of EVENT_TYPES) {
      const shape = {
        type,
        summary: /^[A-Z].*\.$/.test(spec.summary),
        data: spec.data
          ? SCOPES.includes(spec.scope!) && /^(GET |an item of GET )\//.test(spec.source!)
          : spec.scope === null,
      };
      expect(shape).toEqual({ type, summary: true, data: true });
    }
  });

  it('keeps out of the contract only the actions that never have a cooperative', () => {
    expect([...EVENT_TYPES].filter(([, spec]) => !spec.published).map(([type]) => type)).toEqual([
      'auth.refresh_token_reused',
    ]);
    expect(publishedEventTypes()).toHaveLength(EVENT_TYPES.size - 1);
  });

  it('names each type’s schema in the contract', () => {
    expect(eventSchemaName('capital.transfer_requested')).toBe('CapitalTransferRequestedEvent');
    expect(eventSchemaName('ballot.vote_cast')).toBe('BallotVoteCastEvent');
    const names = publishedEventTypes().map(([type]) => eventSchemaName(type));
    expect(new Set(names).size).toBe(names.length);
  });

  it('builds a type with data from the DTO class', () => {
    class ThingDto {}
    expect(withData(ThingDto, 'members:read', 'GET /things/{id}', 'A thing.')).toEqual({
      data: ThingDto,
      scope: 'members:read',
      source: 'GET /things/{id}',
      summary: 'A thing.',
      published: true,
    });
  });
});
