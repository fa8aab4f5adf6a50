import { describe, it } from '@jest/globals';

/**
 * The HELD-OUT model (docs/detection.md, "Held out"): a traffic model that was not read or run while the defaults
 * were tuned, replayed once after they were committed, with its figures recorded here so they do not get worse.
 *
 * nordic-home used to be held out; it was tuned on in the pass after it and is now a tuning model
 * (tools/eval/defaults.spec.ts asserts the goal on it).
 *
 * TODO(lead): point this test at the new held-out model and record what its one run measured.
 */
describe('default rules on the held-out model', () => {
  it.todo('the new held-out model: fraud value, good held or blocked and good blocked do not get worse');
});
