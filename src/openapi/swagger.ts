/**
 * The OpenAPI contract, generated from the code. `npm run openapi` writes it to openapi.yaml (sorted keys); a test
 * fails when the committed file differs; Swagger UI at /docs serves the same document.
 */
import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { stringify } from 'yaml';
import { FieldErrorDto, ProblemDto } from '../common/errors/problem.dto.js';
import { publishedEventTypes } from '../event-catalogue.js';
import { addEventCatalogue, eventDataModels } from './event-schemas.js';
import { refineDocument } from './refine.js';

export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('Cooperative API')
    .setDescription(
      'The member register, share capital, one-member-one-vote ballots and general assemblies, surplus ' +
        'distribution and a solidarity credit fund. Every route of a cooperative lives under ' +
        '/v1/cooperatives/{cooperativeId}. Errors are application/problem+json (RFC 9457) with a stable `code`. ' +
        'Money is a decimal string in the currency of the cooperative.\n\n' +
        '**Access.** Each operation says who may call it (a line of its description and its `x-access` extension): ' +
        'the roles a user needs in the cooperative, whether a member may act only for themself, and the scope an API ' +
        'key needs. A role is granted by an admin with `PUT /v1/cooperatives/{cooperativeId}/users/{userId}/roles/{role}`.\n\n' +
        '**Errors.** Each error response lists the codes it can carry (`x-problem-codes`), with an example each. ' +
        'Every problem has a `requestId`, the same as the `X-Request-Id` header. A method a path does not have is ' +
        '405 with an `Allow` header; an unknown path is 404 `ROUTE_NOT_FOUND`.\n\n' +
        '**Retries and concurrency.** Writes that accept an `Idempotency-Key` say so; a replay answers ' +
        '`Idempotent-Replayed: true`. Resources people edit answer an `ETag`; send it as `If-Match` to update ' +
        'without overwriting someone else’s change (412 if it changed).',
    )
    .setVersion('0.1.0')
    .setLicense('AGPL-3.0-or-later', 'https://www.gnu.org/licenses/agpl-3.0.html')
    .addServer('/', 'The server that serves this document')
    .addBearerAuth(
      { type: 'http', scheme: 'bearer', bearerFormat: 'JWT', description: 'Access token from /v1/auth/login.' },
      'bearer',
    )
    .addApiKey(
      { type: 'apiKey', in: 'header', name: 'X-API-Key', description: 'An API client key of one cooperative.' },
      'apiKey',
    )
    .build();
  const events = publishedEventTypes();
  const document = SwaggerModule.createDocument(app, config, {
    extraModels: [ProblemDto, FieldErrorDto, ...eventDataModels(events)],
    operationIdFactory: (_controller, method) => method,
  });
  addEventCatalogue(document, events);
  refineDocument(document);
  return document;
}

/**
 * Swagger UI at /docs and the document at /docs/openapi.json and .yaml, built on the first request for it rather
 * than at start: the document is about 2 MB, and building it at start left each API process some 10 MB of heap
 * and startup garbage it would only need when someone reads the docs (docs/performance.md, "Memory").
 */
export function setupSwagger(app: INestApplication): void {
  SwaggerModule.setup('docs', app, () => buildOpenApiDocument(app), {
    jsonDocumentUrl: 'docs/openapi.json',
    yamlDocumentUrl: 'docs/openapi.yaml',
    swaggerOptions: {
      // The token survives a reload (kept in the browser's localStorage), the operations can be filtered by tag,
      // and each try shows its duration.
      persistAuthorization: true,
      filter: true,
      displayRequestDuration: true,
      tryItOutEnabled: true,
    },
  });
}

/** Stable text: keys sorted at every level, so the committed file only changes when the contract does. */
export function toYaml(document: OpenAPIObject): string {
  return stringify(JSON.parse(JSON.stringify(document)), {
    sortMapEntries: true,
    lineWidth: 0,
    aliasDuplicateObjects: false,
  });
}
