import { buildServerBundles } from './build-server-bundles.mjs';
import { startTestPostgresIfNeeded } from './test-postgres.mjs';

export default async function integrationSetup() {
  await Promise.all([buildServerBundles(), startTestPostgresIfNeeded()]);
}
