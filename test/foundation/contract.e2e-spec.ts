import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { PATH_METADATA } from '@nestjs/common/constants.js';
import { MetadataScanner, ModulesContainer } from '@nestjs/core';
import { parse } from 'yaml';
import { formattedAccessTable, readAccessTable } from '../../scripts/access-table.js';
import { formattedEventTable, readEventTable } from '../../scripts/event-table.js';
import { publishedEventTypes } from '../../src/event-catalogue.js';
import { generateOpenApiYaml, generateSdkSchema, SDK_SCHEMA_PATH } from '../../scripts/openapi.js';
import { ACCESS_RULE } from '../../src/common/access/access.decorator.js';
import { appRoutes } from '../support/routes.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

describe('the OpenAPI contract', () => {
  let generated: string;
  beforeAll(async () => {
    generated = await generateOpenApiYaml();
  });

  it('is committed exactly as the code generates it (run `npm run openapi` after changing a route)', () => {
    expect(readFileSync('openapi.yaml', 'utf8')).toBe(generated);
  });

  it('the TypeScript SDK types are committed exactly as generated from it (`npm run openapi` writes both)', async () => {
    expect(readFileSync(SDK_SCHEMA_PATH, 'utf8')).toBe(await generateSdkSchema(generated));
  });

  it('passes the linter', () => {
    expect(() => execFileSync('node_modules/.bin/redocly', ['lint', 'openapi.yaml'], { stdio: 'pipe' })).not.toThrow();
  });

  it('documents problem+json errors, 401 on every secured operation and 403 where a role or scope is needed', () => {
    const document = parse(generated);
    const operations = Object.values(document.paths as Record<string, Record<string, any>>).flatMap((p) =>
      Object.values(p),
    );
    expect(operations.length).toBeGreaterThan(10);
    for (const operation of operations) {
      expect(operation.operationId).toMatch(/^[a-z][A-Za-z]+$/);
      const secured = operation.security.length > 0;
      if (secured) expect(Object.keys(operation.responses)).toContain('401');
      // A signed-in caller can still lack the role (a cooperative's route) or not be the superadmin.
      if (['cooperative', 'superadmin'].includes(operation['x-access'].kind)) {
        expect(Object.keys(operation.responses)).toContain('403');
      }
      for (const [status, response] of Object.entries<any>(operation.responses)) {
        if (Number(status) >= 400) expect(Object.keys(response.content)).toEqual(['application/problem+json']);
      }
    }
  });
});

describe('route access rules', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('every route declares who may call it (default deny otherwise)', () => {
    const controllers = [...t.app.get(ModulesContainer).values()].flatMap((m) => [...m.controllers.values()]);
    const scanner = new MetadataScanner();
    const undeclared: string[] = [];
    let routes = 0;
    for (const wrapper of controllers) {
      const prototype = Object.getPrototypeOf(wrapper.instance);
      for (const name of scanner.getAllMethodNames(prototype)) {
        const handler = prototype[name];
        if (Reflect.getMetadata(PATH_METADATA, handler) === undefined) continue;
        routes++;
        const rule = Reflect.getMetadata(ACCESS_RULE, handler) ?? Reflect.getMetadata(ACCESS_RULE, wrapper.metatype!);
        if (!rule) undeclared.push(`${wrapper.name}.${name}`);
      }
    }
    expect(routes).toBeGreaterThan(10);
    expect(undeclared).toEqual([]);
  });

  it('are what the contract says: the x-access of each operation is the rule the guard reads', () => {
    const document = parse(readFileSync('openapi.yaml', 'utf8'));
    const documented = new Map<string, unknown>();
    for (const item of Object.values<Record<string, any>>(document.paths)) {
      for (const operation of Object.values<any>(item)) documented.set(operation.operationId, operation['x-access']);
    }
    const routes = appRoutes(t.app);
    expect(routes.length).toBe(documented.size);
    // Compared as data (the committed file's keys are sorted): every route, its rule as the guard reads it.
    const asDocumented = routes.map((route) => ({ route: route.handler, rule: documented.get(route.handler) }));
    const asEnforced = routes.map((route) => ({ route: route.handler, rule: { ...route.rule } }));
    expect(asDocumented).toEqual(asEnforced);
  });

  it("are the README's roles-and-scopes table (`npm run openapi` rewrites it)", async () => {
    expect(readAccessTable(readFileSync('README.md', 'utf8'))).toBe(await formattedAccessTable(appRoutes(t.app)));
  });

  it("list in the README's event catalogue every type the contract has a schema for (`npm run openapi`)", async () => {
    expect(readEventTable(readFileSync('README.md', 'utf8'))).toBe(await formattedEventTable(publishedEventTypes()));
    const webhooks = Object.keys(parse(readFileSync('openapi.yaml', 'utf8'))['x-webhooks'] as object);
    // The committed file's keys are sorted.
    expect(webhooks).toEqual(
      publishedEventTypes()
        .map(([type]) => type)
        .sort(),
    );
  });
});
