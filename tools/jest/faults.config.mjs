import { faults } from './projects.mjs';

/** `npm run test:faults` (tools/faults.mjs): kills, restarts and load; one file at a time. */
export default { projects: [faults], maxWorkers: 1, testTimeout: 180_000 };
