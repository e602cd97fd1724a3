/**
 * The event catalogue in the contract (src/event-catalogue.ts is its source):
 * - one schema per event type, `MemberAdmittedEvent`: the feed's event with `type` that one value and `data` the
 *   schema of the DTO the catalogue names (nullable: an API key without the scope reads null), or null only;
 * - the change feed's `items` as the `oneOf` of them, discriminated by `type`;
 * - `x-webhooks` (the OpenAPI 3.0 extension Redoc and Redocly read; `webhooks` itself is OpenAPI 3.1, and this
 *   document is 3.0): per type, the POST a webhook endpoint receives, its Standard Webhooks headers and body.
 * Runs before refineDocument, so the DTO references lose their `Dto` suffix and nullable ones get their twins there.
 */
import type { Type } from '@nestjs/common';
import type { OpenAPIObject, ParameterObject, ReferenceObject, SchemaObject } from '@nestjs/swagger';
import type { EventSpec } from '../audit/event-catalogue.js';

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

/** `capital.transfer_requested` -> `CapitalTransferRequestedEvent`. */
export function eventSchemaName(type: string): string {
  return `${type
    .split(/[._]/)
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join('')}Event`;
}

/** The DTO classes events carry, for createDocument's extraModels (their schemas must exist to be referred to). */
export function eventDataModels(types: readonly [string, EventSpec][]): Type<unknown>[] {
  return [...new Set(types.flatMap(([, spec]) => (spec.data ? [spec.data] : [])))];
}

export const WEBHOOK_HEADERS: Record<string, ParameterObject> = {
  WebhookId: {
    name: 'webhook-id',
    in: 'header',
    required: true,
    description:
      'The delivery’s id, `msg_` and the delivery id: the same on every attempt of it, so a receiver that has ' +
      'seen it already answers 2xx and does nothing (deliveries are at least once).',
    schema: { type: 'string', example: 'msg_4f9c2d1e-8b7a-4c3d-9e2f-1a2b3c4d5e6f' },
  },
  WebhookTimestamp: {
    name: 'webhook-timestamp',
    in: 'header',
    required: true,
    description: 'When this attempt was signed, in seconds since 1970; refuse one far from your clock (replays).',
    schema: { type: 'string', pattern: '^[0-9]+$', example: '1767225600' },
  },
  WebhookSignature: {
    name: 'webhook-signature',
    in: 'header',
    required: true,
    description:
      '`v1,` and the base64 HMAC-SHA256, under the endpoint’s secret (`whsec_…`, shown once at creation and ' +
      'rotation), of `{webhook-id}.{webhook-timestamp}.{body}` (Standard Webhooks). Verify with a Standard ' +
      'Webhooks library, or the SDK’s `verifyDelivery`.',
    schema: { type: 'string', example: 'v1,K5oZfzN95Z9UVu1EsfQmfVNQhnkZ2pj9o9NDN/H/pI4=' },
  },
};

/** Null and nothing else (OpenAPI 3.0 has no null type: a nullable type whose only value is null), named once. */
const NO_DATA = 'NoEventData';
const NO_DATA_SCHEMA: SchemaObject = {
  type: 'object',
  nullable: true,
  enum: [null],
  description: 'Null: the event names what changed (`subject`) and the reader fetches it by its GET if it needs it.',
};

function dataSchema(spec: EventSpec): SchemaObject | ReferenceObject {
  if (!spec.data) return ref(NO_DATA);
  // A oneOf with null, not a nullable allOf: no nullable twin (a copy of the DTO's schema) per data type.
  return {
    oneOf: [ref(spec.data.name), ref(NO_DATA)],
    description:
      `The resource as ${spec.source} answered right after the change; null for an API key without the scope ` +
      `\`${spec.scope}\`.`,
  };
}

export function addEventCatalogue(document: OpenAPIObject, types: readonly [string, EventSpec][]): void {
  const schemas = document.components!.schemas! as Record<string, SchemaObject>;
  const base = schemas.EventResponseDto;
  if (!base?.properties) throw new Error('EventResponseDto is not in the document: the feed route is gone?');
  const mapping: Record<string, string> = {};
  schemas[NO_DATA] = NO_DATA_SCHEMA;
  for (const [type, spec] of types) {
    const name = eventSchemaName(type);
    if (name in schemas) throw new Error(`Schema ${name} exists: event type ${type} cannot take its name`);
    schemas[name] = {
      ...base,
      description: `\`${type}\`: ${spec.summary}`,
      properties: {
        ...base.properties,
        type: { type: 'string', enum: [type] },
        data: dataSchema(spec),
      },
    };
    mapping[type] = ref(name).$ref;
  }
  delete schemas.EventResponseDto;
  const feed = schemas.EventFeedDto as { properties: Record<string, SchemaObject> };
  feed.properties.items = {
    type: 'array',
    description: 'Oldest first. Each item is the schema of its `type` (the event catalogue).',
    items: {
      oneOf: Object.values(mapping).map(($ref) => ({ $ref })),
      discriminator: { propertyName: 'type', mapping },
    },
  };
  document.components!.parameters = { ...document.components!.parameters, ...WEBHOOK_HEADERS };
  (document as unknown as Record<string, unknown>)['x-webhooks'] = Object.fromEntries(
    types.map(([type, spec]) => [type, { post: webhookOperation(type, spec) }]),
  );
}

function webhookOperation(type: string, spec: EventSpec) {
  return {
    operationId: `on${eventSchemaName(type)}`,
    summary: spec.summary,
    description:
      `What a webhook endpoint subscribed to \`${type}\` (or to every type) receives: a POST of the Standard ` +
      'Webhooks envelope, signed. Answer 2xx within 10 s; anything else, or no answer, is retried with the same ' +
      '`webhook-id` (5 s, then doubling to 24 h, for about three days) before the endpoint is disabled.',
    tags: ['webhooks'],
    // Nothing the receiver sends: the request is authenticated by its signature (the headers).
    security: [],
    parameters: Object.keys(WEBHOOK_HEADERS).map((name) => ({ $ref: `#/components/parameters/${name}` })),
    requestBody: {
      required: true,
      content: {
        'application/json': {
          schema: {
            type: 'object',
            required: ['type', 'timestamp', 'data'],
            properties: {
              type: { type: 'string', enum: [type] },
              timestamp: { type: 'string', format: 'date-time', description: 'When the change was made.' },
              data: { ...ref(eventSchemaName(type)), description: 'The event as an admin reads it in the feed.' },
            },
          },
        },
      },
    },
    responses: {
      '2XX': { description: 'Received. Any other status, or none within the timeout, is a failed attempt.' },
    },
  };
}
