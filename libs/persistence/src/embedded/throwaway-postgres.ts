import { chownSync, mkdtempSync, rmSync } from 'node:fs';
import { type AddressInfo, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { embeddedUrl, newSettings, openServerLog, embeddedPaths } from './data-dir.js';
import { postgresBinaries } from './postgres-binaries.js';
import { initCluster, startServer, stopServer } from './postgres-server.js';
import { assertReachable, serverUser } from './server-user.js';

export interface ThrowawayPostgres {
  /** Superuser URL of the `postgres` database. */
  adminUrl: string;
  /** The temporary directory (removed by stop). */
  dataDir: string;
  /** Fast shutdown, then the data directory is deleted. */
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/**
 * A PostgreSQL of the embedded package in a temporary directory on a free port, for a test run: no lock,
 * no durability (fsync off), deleted on stop. As root it runs as `postgres`, like the embedded default.
 */
export async function startThrowawayPostgres(): Promise<ThrowawayPostgres> {
  const binaries = postgresBinaries();
  const dataDir = mkdtempSync(join(tmpdir(), 'vigil-test-pg-'));
  const paths = embeddedPaths(dataDir);
  const user = serverUser(paths.pgdata, 'postgres');
  if (user) {
    chownSync(dataDir, user.uid, user.gid);
    assertReachable(user, [
      { what: 'the PostgreSQL binaries', path: binaries.postgres },
      { what: 'VIGIL_DATA_DIR', path: paths.pgdata },
    ]);
  }
  const settings = newSettings(0);
  initCluster({
    binaries,
    pgdata: paths.pgdata,
    user,
    superuser: settings.user,
    password: settings.password,
    noSync: true,
  });
  for (let attempt = 1; ; attempt++) {
    const port = await freePort();
    const adminUrl = embeddedUrl(settings, port, 'postgres');
    try {
      const server = await startServer(
        {
          binaries,
          pgdata: paths.pgdata,
          port,
          user,
          logFd: openServerLog(paths, user),
          logFile: paths.logFile,
          portVariable: 'the test run',
          // Test data need not survive a crash: skip the disk flushes.
          settings: {
            fsync: 'off',
            synchronous_commit: 'off',
            full_page_writes: 'off',
            max_connections: '300',
          },
        },
        adminUrl,
      );
      const backstop = (): void => {
        try {
          process.kill(server.pid, 'SIGINT');
        } catch {
          // already gone
        }
      };
      process.once('exit', backstop);
      return {
        adminUrl,
        dataDir,
        stop: async () => {
          process.removeListener('exit', backstop);
          await stopServer(server.pid);
          rmSync(dataDir, { recursive: true, force: true });
        },
      };
    } catch (error) {
      // Another process took the free port between the probe and the server's bind: try another.
      if (attempt < 5 && /is taken by another program/.test(String(error))) continue;
      rmSync(dataDir, { recursive: true, force: true });
      throw error;
    }
  }
}
