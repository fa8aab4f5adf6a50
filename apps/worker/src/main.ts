import { exitGracefullyOnSignals, exitOnStartupError, loadConfig } from '@vigil/config';
import { prepareDatabase, prepareSecretKey } from '@vigil/persistence';
import { checkRedis } from '@vigil/pipeline';
import { createWorkerApp } from './create-worker-app.js';

async function main(): Promise<void> {
  const config = loadConfig();
  await prepareDatabase(config);
  const secretKey = await prepareSecretKey(config);
  await checkRedis(config);
  const app = await createWorkerApp({ ...config, secretKey });
  exitGracefullyOnSignals(app, 'vigil worker');
  process.stdout.write('Vigil worker is processing webhooks\n');
}

main().catch(exitOnStartupError);
