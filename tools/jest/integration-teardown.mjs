import { removeServerBundles } from './build-server-bundles.mjs';
import { stopTestPostgres } from './test-postgres.mjs';

export default async function integrationTeardown() {
  await Promise.all([removeServerBundles(), stopTestPostgres()]);
}
