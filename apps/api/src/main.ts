import {
  closeInOrder,
  exitGracefullyOnSignals,
  exitOnStartupError,
  loadConfig,
  readDatabaseChoice,
  StartupError,
  startupLog,
} from '@vigil/config';
import { openDatabase, prepareDatabase, prepareSecretKey } from '@vigil/persistence';
import { prepareQueueBackend } from '@vigil/pipeline';
import { OwnerBootstrapService } from './auth/owner-bootstrap.service.js';
import { createApiApp } from './create-api-app.js';

async function main(): Promise<void> {
  // DATABASE_URL unset: start (or join) the embedded PostgreSQL; every variable is validated before.
  const database = await openDatabase(readDatabaseChoice(), startupLog('vigil api'));
  const config = loadConfig(process.env, database);
  await prepareDatabase(config);
  const secretKey = await prepareSecretKey(config);
  await prepareQueueBackend(config);
  const app = await createApiApp({ ...config, secretKey });
  try {
    await app.listen(config.port);
  } catch (error) {
    const code = (error as { code?: string }).code;
    throw new StartupError(
      `cannot listen on port ${config.port} (${code ?? String(error)}); set PORT to a free port`,
    );
  }
  exitGracefullyOnSignals(closeInOrder(app, database), 'vigil api');
  const owner = app.get(OwnerBootstrapService).createdLogin;
  // One write: whoever waits for the "running" line (a script, a test) reads the owner's login with it.
  const lines = [`Vigil is running at ${config.publicUrl}`];
  if (owner) {
    const password = owner.generatedPassword ?? '(the password set in VIGIL_OWNER_PASSWORD)';
    lines.push(`Owner login: ${owner.email} / ${password}`);
  }
  process.stdout.write(`${lines.join('\n')}\n`);
}

main().catch(exitOnStartupError);
