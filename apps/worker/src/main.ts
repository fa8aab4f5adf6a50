import {
  closeInOrder,
  exitGracefullyOnSignals,
  exitOnStartupError,
  loadConfig,
  readDatabaseChoice,
  startupLog,
} from '@vigil/config';
import { openDatabase, prepareDatabase, prepareSecretKey } from '@vigil/persistence';
import { prepareQueueBackend } from '@vigil/pipeline';
import { createWorkerApp } from './create-worker-app.js';

async function main(): Promise<void> {
  // DATABASE_URL unset: start (or join) the embedded PostgreSQL; every variable is validated before.
  const database = await openDatabase(readDatabaseChoice(), startupLog('vigil worker'));
  const config = loadConfig(process.env, database);
  await prepareDatabase(config);
  const secretKey = await prepareSecretKey(config);
  await prepareQueueBackend(config);
  const app = await createWorkerApp({ ...config, secretKey });
  exitGracefullyOnSignals(closeInOrder(app, database), 'vigil worker');
  process.stdout.write('Vigil worker is processing webhooks\n');
}

main().catch(exitOnStartupError);
