import { availableParallelism } from 'node:os';

// Unit tests (colocated *.spec.ts, in src/ and scripts/) and e2e tests (test/**/*.e2e-spec.ts), run in Jest ESM mode
// because the NestJS 12 packages are ES modules.
const tsJest = ['ts-jest', { useESM: true, tsconfig: 'tsconfig.json', diagnostics: { ignoreCodes: [151002] } }];
const common = {
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: { '^.+\\.ts$': tsJest },
  testEnvironment: 'node',
};
export default {
  // Jest reads the timeout only at the top level; e2e tests start apps and databases.
  testTimeout: 60000,
  // E2e specs wait on PostgreSQL much of the time: two workers even on two cores (Jest's default there is one) take
  // `npm test` from about 8 to 4.5 minutes.
  maxWorkers: Math.max(2, availableParallelism() - 1),
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/scripts/**/*.spec.ts'] },
    {
      ...common,
      displayName: 'e2e',
      testMatch: ['<rootDir>/test/**/*.e2e-spec.ts'],
      globalSetup: '<rootDir>/test/setup/global-setup.mjs',
      globalTeardown: '<rootDir>/test/setup/global-teardown.mjs',
    },
  ],
};
