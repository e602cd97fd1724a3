/**
 * `npm run openapi`: writes openapi.yaml from the code, the TypeScript SDK's types
 * (clients/typescript/src/schema.ts) from that same document with openapi-typescript, and the README's
 * roles-and-scopes table from the routes' access rules and its event catalogue from src/event-catalogue.ts. The app
 * is built in Nest's preview mode (modules and routes, no providers started), so no database is needed.
 */
import 'reflect-metadata';
import { readFileSync, writeFileSync } from 'node:fs';
import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import openapiTS, { astToString } from 'openapi-typescript';
import { AppModule } from '../src/app.module.js';
import { loadConfig } from '../src/config/app-config.js';
import { buildOpenApiDocument, toYaml } from '../src/openapi/swagger.js';
import { appRoutes } from '../test/support/routes.js';
import { formattedAccessTable, withAccessTable } from './access-table.js';
import { formattedEventTable, withEventTable } from './event-table.js';
import { publishedEventTypes } from '../src/event-catalogue.js';

export const SDK_SCHEMA_PATH = 'clients/typescript/src/schema.ts';

async function withPreviewApp<T>(use: (app: INestApplication) => T | Promise<T>): Promise<T> {
  const config = loadConfig({ LOG_LEVEL: 'silent' });
  const app = await NestFactory.create(
    AppModule.forRoot({ config, databaseUrl: 'postgres://preview@127.0.0.1/preview', jwtSecret: 'preview'.repeat(8) }),
    { preview: true, logger: false, abortOnError: false },
  );
  try {
    return await use(app);
  } finally {
    await app.close();
  }
}

export async function generateOpenApiYaml(): Promise<string> {
  return withPreviewApp((app) => toYaml(buildOpenApiDocument(app)));
}

/**
 * The SDK's `paths`, `operations` and `components` types, plus one exported alias per schema (`rootTypes`), from
 * the document's YAML text. `defaultNonNullable: false`: a field with a default stays optional, so request bodies
 * need not repeat the server's defaults.
 */
export async function generateSdkSchema(yaml: string): Promise<string> {
  const ast = await openapiTS(yaml, {
    silent: true,
    rootTypes: true,
    rootTypesNoSchemaPrefix: true,
    defaultNonNullable: false,
  });
  return (
    '// Generated from openapi.yaml by `npm run openapi` (openapi-typescript); do not edit: change the code and rerun.\n' +
    astToString(ast)
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const target = process.argv[2] ?? 'openapi.yaml';
  const yaml = await generateOpenApiYaml();
  writeFileSync(target, yaml);
  console.log(`wrote ${target}`);
  writeFileSync(SDK_SCHEMA_PATH, await generateSdkSchema(yaml));
  console.log(`wrote ${SDK_SCHEMA_PATH}`);
  const table = await withPreviewApp((app) => formattedAccessTable(appRoutes(app)));
  const events = await formattedEventTable(publishedEventTypes());
  writeFileSync('README.md', withEventTable(withAccessTable(readFileSync('README.md', 'utf8'), table), events));
  console.log('wrote the access table and the event catalogue of README.md');
}
