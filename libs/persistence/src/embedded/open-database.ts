import { type DatabaseChoice, type DatabaseMode } from '@vigil/config';
import { EmbeddedPostgres } from './embedded-postgres.js';

/** The PostgreSQL a process uses, whichever mode: a plain URL, and what to do when the process stops. */
export interface OpenDatabase {
  url: string;
  mode: DatabaseMode;
  /** In embedded mode, whether this process owns the server or joined another process's. */
  role: 'owner' | 'joiner' | 'server';
  /** Embedded mode: stops the server if this process owns it (see EmbeddedPostgres#close). */
  close(): Promise<void>;
}

/**
 * DATABASE_URL set: that server, nothing to start. Unset: the embedded PostgreSQL in VIGIL_DATA_DIR, owned
 * by the first process that opens it and joined by the others (`npm start` runs api and worker; `npm run
 * backup` may run beside them).
 */
export async function openDatabase(
  choice: DatabaseChoice,
  log: (line: string) => void = () => undefined,
): Promise<OpenDatabase> {
  if (choice.url !== null) {
    return { url: choice.url, mode: 'server', role: 'server', close: () => Promise.resolve() };
  }
  const embedded = await EmbeddedPostgres.open({
    dataDir: choice.dataDir,
    port: choice.embeddedPort,
    user: choice.embeddedUser,
    log,
  });
  return {
    url: embedded.url(),
    mode: 'embedded',
    get role() {
      return embedded.role;
    },
    close: () => embedded.close(),
  };
}
