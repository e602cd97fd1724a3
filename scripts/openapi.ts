/**
 * `npm run openapi`: writes openapi.yaml from the code. The app is built in Nest's preview mode (modules and
 * routes, no providers started), so no database is needed.
 */
import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { NestFactory } from '@nestjs/core';
import { AppModule } from '../src/app.module.js';
import { loadConfig } from '../src/config/app-config.js';
import { buildOpenApiDocument, toYaml } from '../src/openapi/swagger.js';

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

if (import.meta.url === `file://${process.argv[1]}`) {
  const target = process.argv[2] ?? 'openapi.yaml';
  writeFileSync(target, await generateOpenApiYaml());
  console.log(`wrote ${target}`);
}
