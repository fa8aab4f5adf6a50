import { e2e } from './projects.mjs';

/** `npm run test:e2e` (tools/e2e.mjs): one browser test file at a time, each against its own stack. */
export default { projects: [e2e], maxWorkers: 1, testTimeout: 120_000 };
