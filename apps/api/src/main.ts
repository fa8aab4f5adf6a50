import { exitGracefullyOnSignals, exitOnStartupError, loadConfig, StartupError } from '@vigil/config';
import { prepareDatabase, prepareSecretKey } from '@vigil/persistence';
import { checkRedis } from '@vigil/pipeline';
import { OwnerBootstrapService } from './auth/owner-bootstrap.service.js';
import { createApiApp } from './create-api-app.js';

async function main(): Promise<void> {
  const config = loadConfig();
  await prepareDatabase(config);
  const secretKey = await prepareSecretKey(config);
  await checkRedis(config);
  const app = await createApiApp({ ...config, secretKey });
  try {
    await app.listen(config.port);
  } catch (error) {
    const code = (error as { code?: string }).code;
    throw new StartupError(
      `cannot listen on port ${config.port} (${code ?? String(error)}); set PORT to a free port`,
    );
  }
  exitGracefullyOnSignals(app, 'vigil api');
  const owner = app.get(OwnerBootstrapService).createdLogin;
  process.stdout.write(`Vigil is running at ${config.publicUrl}\n`);
  if (owner) {
    const password = owner.generatedPassword ?? '(the password set in VIGIL_OWNER_PASSWORD)';
    process.stdout.write(`Owner login: ${owner.email} / ${password}\n`);
  }
}

main().catch(exitOnStartupError);
