/**
 * The OpenAPI contract, generated from the code. `npm run openapi` writes it to openapi.yaml (sorted keys); a test
 * fails when the committed file differs; Swagger UI at /docs serves the same document.
 */
import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { stringify } from 'yaml';
import { FieldErrorDto, ProblemDto } from '../common/errors/problem.dto.js';
import { ALL_ERROR_CODES } from '../error-catalogue.js';

export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('Cooperative API')
    .setDescription(
      'The member register, share capital, one-member-one-vote ballots and general assemblies, surplus ' +
        'distribution and a solidarity credit fund. Every route of a cooperative lives under ' +
        '/v1/cooperatives/{cooperativeId}. Errors are application/problem+json (RFC 9457) with a stable `code`. ' +
        'Money is a decimal string in the currency of the cooperative.',
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
  const document = SwaggerModule.createDocument(app, config, {
    extraModels: [ProblemDto, FieldErrorDto],
    operationIdFactory: (_controller, method) => method,
  });
  const problemCode = (document.components?.schemas?.ProblemDto as { properties?: Record<string, object> } | undefined)
    ?.properties?.code;
  if (problemCode) Object.assign(problemCode, { enum: [...ALL_ERROR_CODES] });
  // Public routes (login, health) say so explicitly: no security requirement.
  for (const path of Object.values(document.paths)) {
    for (const operation of [path.get, path.post, path.put, path.patch, path.delete]) {
      if (operation && !operation.security) operation.security = [];
    }
  }
  return document;
}

export function setupSwagger(app: INestApplication): void {
  const document = buildOpenApiDocument(app);
  SwaggerModule.setup('docs', app, document, {
    jsonDocumentUrl: 'docs/openapi.json',
    yamlDocumentUrl: 'docs/openapi.yaml',
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
