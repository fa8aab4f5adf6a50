import {
  closeInOrder,
  exitGracefullyOnSignals,
  exitOnStartupError,
  loadConfig,
  readDatabaseChoice,
  startupLog,
} from '@vigil/config';
import { openDatabase, prepareDatabase } from '@vigil/persistence';
import { prepareQueueBackend } from '@vigil/pipeline';
import { createWorkerApp } from './create-worker-app.js';

async function main(): Promise<void> {
  // DATABASE_URL unset: start (or join) the embedded PostgreSQL; every variable is validated before.
  const database = await openDatabase(readDatabaseChoice(), startupLog('vigil worker'));
  const config = loadConfig(process.env, database);
  await prepareDatabase(config);
  await prepareQueueBackend(config);
  const app = await createWorkerApp(config);
  exitGracefullyOnSignals(closeInOrder(app, database), 'vigil worker');
  process.stdout.write('Vigil worker is processing webhooks\n');
}

main().catch(exitOnStartupError);
