import { readFileSync } from 'node:fs';

const swc = JSON.parse(readFileSync(new URL('./.swcrc', import.meta.url), 'utf8'));
delete swc.$schema;

/** Workspace packages resolve to their TypeScript sources in tests (no build needed). */
const libs = {
  '^@bibliohub/contracts$': '<rootDir>/libs/shared/contracts/src/index.ts',
  '^@bibliohub/api-core$': '<rootDir>/libs/api/core/src/index.ts',
  '^@bibliohub/api-testing$': '<rootDir>/libs/api/testing/src/index.ts',
  '^@bibliohub/api-identity$': '<rootDir>/libs/api/identity/src/index.ts',
  '^@bibliohub/api-content$': '<rootDir>/libs/api/content/src/index.ts',
  '^@bibliohub/api-assets$': '<rootDir>/libs/api/assets/src/index.ts',
  '^@bibliohub/api-feed$': '<rootDir>/libs/api/feed/src/index.ts',
  '^@bibliohub/api-submissions$': '<rootDir>/libs/api/submissions/src/index.ts',
  '^@bibliohub/api-programme$': '<rootDir>/libs/api/programme/src/index.ts',
};

const common = {
  rootDir: '.',
  testEnvironment: 'node',
  setupFiles: ['<rootDir>/jest.setup.js'],
  extensionsToTreatAsEsm: ['.ts'],
  transform: { '^.+\\.ts$': ['@swc/jest', { ...swc, sourceMaps: 'inline' }] },
  moduleNameMapper: { ...libs, '^(\\.{1,2}/.*)\\.js$': '$1' },
  modulePathIgnorePatterns: ['<rootDir>/.*/dist/', '<rootDir>/.data/'],
};

export default {
  // Integration tests start real processes and databases; unit tests finish far below this.
  testTimeout: 120_000,
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/{apps,libs}/**/*.spec.ts'] },
    {
      ...common,
      displayName: 'integration',
      testMatch: ['<rootDir>/{apps,libs}/**/*.integration-spec.ts', '<rootDir>/{apps,libs}/**/*.e2e-spec.ts'],
      globalSetup: '<rootDir>/apps/api/test/global-setup.js',
      globalTeardown: '<rootDir>/apps/api/test/global-teardown.js',
    },
  ],
};
