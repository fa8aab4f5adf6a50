import { screenshots } from './projects.mjs';

/** `nx run dashboard-e2e:screenshots`: the pictures in docs/, taken from the built stack with demo traffic. */
export default { projects: [screenshots], maxWorkers: 1, testTimeout: 300_000 };
