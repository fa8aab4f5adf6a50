import { afterAll, beforeAll } from '@jest/globals';
import { type Browser } from 'playwright-core';
import { type SourceWithSecretJson } from '@vigil/contracts';
import { launchChromium } from './browser.js';
import { addReviewLimitRule, ApiClient, createUser, type Person } from './helpers.js';
import { type RunningStack, startStack } from './stack.js';

/** What a reviewer's specs run against; set once the describe block's `beforeAll` has run. */
export interface ReviewWorld {
  stack: RunningStack;
  browser: Browser;
  owner: ApiClient;
  /** A Standard Webhooks store whose orders over HELD_AMOUNT are held for review. */
  source: SourceWithSecretJson;
  staff: Person;
}

/** Starts the stack and Chromium with a review rule, one source and one staff member; stops them after. */
export function useReviewWorld(sourceName: string, staffEmail: string): ReviewWorld {
  // Filled in by beforeAll, like the `let`s it replaces: the tests only run once it has.
  const world = {} as ReviewWorld;
  beforeAll(async () => {
    [world.stack, world.browser] = await Promise.all([startStack(), launchChromium()]);
    world.owner = await ApiClient.login(world.stack.baseUrl);
    await addReviewLimitRule(world.owner);
    world.source = await world.owner.createSource({ name: sourceName, kind: 'standard' });
    world.staff = await createUser(world.owner, staffEmail, 'staff');
  });
  afterAll(async () => {
    await world.browser?.close();
    await world.stack?.stop();
  });
  return world;
}
