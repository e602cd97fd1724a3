/**
 * `npm run openapi`: writes openapi.yaml from the code, and the TypeScript SDK's types
 * (clients/typescript/src/schema.ts) from that same document with openapi-typescript. The app is built in Nest's
 * preview mode (modules and routes, no providers started), so no database is needed.
 */
import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { NestFactory } from '@nestjs/core';
import openapiTS, { astToString } from 'openapi-typescript';
import { AppModule } from '../src/app.module.js';
import { loadConfig } from '../src/config/app-config.js';
import { buildOpenApiDocument, toYaml } from '../src/openapi/swagger.js';

export const SDK_SCHEMA_PATH = 'clients/typescript/src/schema.ts';

export async function generateOpenApiYaml(): Promise<string> {
  const config = loadConfig({ LOG_LEVEL: 'silent' });
  const app = await NestFactory.create(
    AppModule.forRoot({ config, databaseUrl: 'postgres://preview@127.0.0.1/preview', jwtSecret: 'preview'.repeat(8) }),
    { preview: true, logger: false, abortOnError: false },
  );
  const yaml = toYaml(buildOpenApiDocument(app));
  await app.close();
  return yaml;
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
}
