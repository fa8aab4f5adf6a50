// Jest projects for every kind of test (docs/development.md "Tests"). One file so `npm test`,
// `npm run test:e2e`, `npm run test:faults` and `npm run migrations:check` share the same transform.
import { fileURLToPath } from 'node:url';

export const rootDir = fileURLToPath(new URL('../..', import.meta.url));

/**
 * swc strips the types and keeps ESM (NestJS 12 ships ESM only). NestJS and TypeORM read constructor
 * types at run time, so decorators are the legacy kind with design-type metadata, as in the server bundles.
 */
const swc = (tsx) => [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', tsx, decorators: true },
      transform: {
        legacyDecorator: true,
        decoratorMetadata: true,
        useDefineForClassFields: false,
        react: { runtime: 'automatic' },
      },
      target: 'es2023',
      keepClassNames: true,
    },
    module: { type: 'es6' },
    sourceMaps: 'inline',
  },
];

const lib = (name) => `<rootDir>/libs/${name}/src/index.ts`;

/**
 * The mode follows the environment like the apps' own (docs/development.md "Both modes"): with a Redis URL,
 * Redis mode and the tests of Redis itself (`*.redis.int-spec.ts`); without one, the no-Redis mode and the
 * tests of its own failure handling (`*.postgres.int-spec.ts`). Every other test runs in both.
 */
const withRedis = Boolean(process.env.TEST_REDIS_URL || process.env.REDIS_URL);
/**
 * `*.server.int-spec.ts` needs a PostgreSQL server of its own (DATABASE_URL): its client tools (pg_dump) match
 * the server, which the throwaway embedded PostgreSQL's do not (the package ships none).
 */
const withServer = Boolean(process.env.TEST_PG_ADMIN_URL || process.env.DATABASE_URL);
const otherModeOnly = [
  withRedis ? '\\.postgres\\.int-spec\\.ts$' : '\\.redis\\.int-spec\\.ts$',
  ...(withServer ? [] : ['\\.server\\.int-spec\\.ts$']),
];

/**
 * `@nestjs/throttler` is CommonJS and requires NestJS (ES modules only). Node ≥ 20.19 does that natively;
 * Jest only from Node 24.9, so below that it compiles what such a package requires to CommonJS (a second
 * copy of those modules in the test: the guard and its errors are written to not depend on class identity).
 */
const NEST_FOR_COMMONJS = 'node_modules/@nestjs/(common|core)/.+\\.js$';

const shared = {
  rootDir,
  extensionsToTreatAsEsm: ['.ts', '.tsx'],
  transform: {
    '^.+\\.ts$': swc(false),
    '^.+\\.tsx$': swc(true),
    [NEST_FOR_COMMONJS]: '<rootDir>/tools/jest/esm-for-require.mjs',
  },
  transformIgnorePatterns: ['/node_modules/(?!@nestjs/(common|core)/)'],
  moduleNameMapper: {
    // Sources import siblings as `./x.js` (Node ESM); Jest resolves the `.ts` file.
    '^(\\.{1,2}/.*)\\.js$': '$1',
    '^@vigil/(contracts|config|persistence|pipeline|webhooks|risk-engine|testing)$': lib('$1'),
  },
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/dist/', '<rootDir>/tmp/'],
  modulePathIgnorePatterns: ['<rootDir>/dist/', '<rootDir>/tmp/'],
  testEnvironment: 'node',
};

/**
 * The replay of every tuning model (minutes of CPU, no server) runs in the default mode only: running it again
 * with the servers would check the same in-process code twice (docs/development.md "Tests").
 */
const replayOnce = withRedis ? ['<rootDir>/tools/eval/defaults\\.spec\\.ts$'] : [];

export const unit = {
  ...shared,
  displayName: 'unit',
  testMatch: ['<rootDir>/{apps,libs,tools}/**/*.spec.ts'],
  testPathIgnorePatterns: [...shared.testPathIgnorePatterns, '<rootDir>/apps/dashboard/', ...replayOnce],
};

/** Dashboard logic in Node; files that render opt into jsdom with a `@jest-environment jsdom` docblock. */
export const dashboard = {
  ...shared,
  displayName: 'dashboard',
  testMatch: ['<rootDir>/apps/dashboard/src/**/*.spec.{ts,tsx}'],
  // Components import their stylesheets; Vite bundles them, tests need none.
  moduleNameMapper: { ...shared.moduleNameMapper, '\\.css$': '<rootDir>/tools/jest/style-stub.mjs' },
  // Browser APIs jsdom lacks; a no-op in the Node environment.
  setupFiles: ['<rootDir>/tools/jest/jsdom-setup.mjs'],
};

/** Boots the real apps against a real PostgreSQL (and Redis when REDIS_URL is set); a database per file. */
export const integration = {
  ...shared,
  displayName: 'integration',
  testMatch: ['<rootDir>/{apps,libs}/**/*.int-spec.ts'],
  globalSetup: '<rootDir>/tools/jest/integration-setup.mjs',
  globalTeardown: '<rootDir>/tools/jest/integration-teardown.mjs',
  setupFilesAfterEnv: ['<rootDir>/tools/jest/integration-timeout.mjs'],
  // Minutes of load and restarts: `npm run test:faults` runs them.
  testPathIgnorePatterns: [
    ...shared.testPathIgnorePatterns,
    ...otherModeOnly,
    '/faults-[^/]*\\.int-spec\\.ts$',
  ],
};

export const faults = {
  ...shared,
  displayName: 'faults',
  testMatch: ['<rootDir>/apps/api/test/faults-*.int-spec.ts'],
  testPathIgnorePatterns: [...shared.testPathIgnorePatterns, ...otherModeOnly],
  globalSetup: '<rootDir>/tools/jest/integration-setup.mjs',
  globalTeardown: '<rootDir>/tools/jest/integration-teardown.mjs',
};

/** The built stack driven in Debian's Chromium. */
export const e2e = {
  ...shared,
  displayName: 'e2e',
  testMatch: ['<rootDir>/apps/dashboard-e2e/src/**/*.e2e-spec.ts'],
  globalSetup: '<rootDir>/tools/jest/e2e-setup.mjs',
  globalTeardown: '<rootDir>/tools/jest/e2e-teardown.mjs',
};

/** The pictures in docs/screenshots/ (README and docs), taken from the built stack with demo traffic. */
export const screenshots = {
  ...shared,
  displayName: 'screenshots',
  testMatch: ['<rootDir>/apps/dashboard-e2e/src/**/*.shots.ts'],
  globalSetup: '<rootDir>/tools/jest/e2e-setup.mjs',
  globalTeardown: '<rootDir>/tools/jest/e2e-teardown.mjs',
};
