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
  process.stdout.write(`Vigil is running at ${config.publicUrl}\n`);
  if (owner) {
    const password = owner.generatedPassword ?? '(the password set in VIGIL_OWNER_PASSWORD)';
    process.stdout.write(`Owner login: ${owner.email} / ${password}\n`);
  }
}

main().catch(exitOnStartupError);
