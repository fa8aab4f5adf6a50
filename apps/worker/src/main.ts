import { exitGracefullyOnSignals, exitOnStartupError, loadConfig } from '@vigil/config';
import { prepareDatabase } from '@vigil/persistence';
import { prepareQueueBackend } from '@vigil/pipeline';
import { createWorkerApp } from './create-worker-app.js';

async function main(): Promise<void> {
  const config = loadConfig();
  await prepareDatabase(config);
  await prepareQueueBackend(config);
  const app = await createWorkerApp(config);
  exitGracefullyOnSignals(app, 'vigil worker');
  process.stdout.write('Vigil worker is processing webhooks\n');
}

main().catch(exitOnStartupError);
