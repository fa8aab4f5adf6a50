import { StartupError } from '@vigil/config';
import { type EmbeddedPaths, embeddedPaths, prepareDataDir } from './data-dir.js';
import { tryLock } from './owner-lock.js';
import { stopServer } from './postgres-server.js';
import { isPostmasterOf, readPostmasterFile } from './processes.js';
import { type ServerUser, serverUser } from './server-user.js';

export interface OfflineDataDir {
  paths: EmbeddedPaths;
  /** Who must own PostgreSQL's files (null: this process's user). */
  user: ServerUser | null;
}

/**
 * Runs `work` on the embedded PostgreSQL's files while no server runs on them and no Vigil process can
 * start one (this process holds the owner lock): the only moment a file-level copy is consistent. A server
 * left running by a killed owner is stopped first; a live Vigil process is a clear error.
 */
export async function withEmbeddedStopped<T>(
  dataDir: string,
  userName: string,
  work: (dir: OfflineDataDir) => Promise<T>,
): Promise<T> {
  const paths = embeddedPaths(dataDir);
  const user = serverUser(paths.pgdata, userName);
  prepareDataDir(dataDir, user);
  const attempt = tryLock(paths.lockFile);
  if (!attempt.acquired) {
    throw new StartupError(
      `Vigil (pid ${attempt.holder.pid}) runs the embedded PostgreSQL in ${dataDir}: stop every Vigil process ` +
        'using it first',
    );
  }
  try {
    const orphan = readPostmasterFile(paths.pgdata);
    if (orphan && isPostmasterOf(orphan.pid, paths.pgdata)) await stopServer(orphan.pid);
    return await work({ paths, user });
  } finally {
    attempt.lock.release();
  }
}
