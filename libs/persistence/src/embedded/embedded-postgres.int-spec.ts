import { afterAll, describe, expect, it } from '@jest/globals';
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import {
  chmodSync,
  chownSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { Redis } from 'ioredis';
import { freePort } from '@vigil/testing';
import { EmbeddedPostgres } from './embedded-postgres.js';
import { isPostmasterOf, processAlive, readPostmasterFile } from './processes.js';

/**
 * The embedded default as operators meet it: real worker processes (the bundle `npm run start:worker`
 * runs) with DATABASE_URL unset, sharing one VIGIL_DATA_DIR. Each test has its own data dir and port.
 */
const ROOT = fileURLToPath(new URL('../../../..', import.meta.url));
const BUNDLES = process.env['VIGIL_TEST_BUNDLES'] ?? `${ROOT}/dist/apps`;
const REDIS_URL = process.env['TEST_REDIS_URL'] ?? 'redis://127.0.0.1:6379';
const PREFIX = `vt_embedded_${process.pid}`;
const IS_ROOT = process.getuid?.() === 0;
const itAsRoot = IS_ROOT ? it : it.skip;

const idOf = (flag: '-u' | '-g', user: string): number =>
  Number(execFileSync('id', [flag, user], { encoding: 'utf8' }).trim());

const cleanups: (() => Promise<void> | void)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
  const redis = new Redis(REDIS_URL);
  const keys = await redis.keys(`${PREFIX}*`);
  if (keys.length > 0) await redis.del(...keys);
  redis.disconnect();
});

/** A fresh VIGIL_DATA_DIR (not created yet) whose parent the server's user can enter. */
function newDataDir(owner?: { uid: number; gid: number }): string {
  const base = mkdtempSync(join(tmpdir(), 'vigil-embedded-'));
  chmodSync(base, 0o755);
  if (owner) chownSync(base, owner.uid, owner.gid);
  const dataDir = join(base, 'data');
  cleanups.push(() => {
    const pgdata = join(dataDir, 'postgres');
    const running = readPostmasterFile(pgdata);
    // A stale postmaster.pid may name a pid another process (a backend of another server) has now.
    if (running && isPostmasterOf(running.pid, pgdata)) process.kill(running.pid, 'SIGQUIT');
    rmSync(base, { recursive: true, force: true });
  });
  return dataDir;
}

interface Worker {
  child: ChildProcess;
  output(): string;
  /** Resolves once the worker runs; rejects with its output if it exits first. */
  ready(): Promise<void>;
  exited: Promise<number | null>;
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

function startWorker(
  dataDir: string,
  port: number,
  env: NodeJS.ProcessEnv = {},
  as?: { uid: number; gid: number },
): Worker {
  const child = spawn(process.execPath, ['--enable-source-maps', `${BUNDLES}/worker/main.js`], {
    cwd: ROOT,
    env: {
      PATH: process.env['PATH'],
      VIGIL_DATA_DIR: dataDir,
      VIGIL_EMBEDDED_PG_PORT: String(port),
      REDIS_URL,
      VIGIL_REDIS_PREFIX: PREFIX,
      LOG_LEVEL: 'warn',
      VIGIL_WORKER_CONCURRENCY: '4',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    ...(as ?? {}),
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  cleanups.push(() => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  });
  return {
    child,
    output: () => output,
    exited,
    ready: () =>
      new Promise<void>((resolve, reject) => {
        const timer = setInterval(() => {
          if (output.includes('Vigil worker is processing webhooks')) {
            clearInterval(timer);
            resolve();
          } else if (child.exitCode !== null) {
            clearInterval(timer);
            reject(new Error(`the worker exited with ${child.exitCode}:\n${output}`));
          }
        }, 50);
      }),
    stop: async (signal = 'SIGTERM') => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return exited;
    },
  };
}

function databaseUrl(dataDir: string, database = 'vigil'): string {
  const settings = JSON.parse(readFileSync(join(dataDir, 'postgres.json'), 'utf8')) as {
    port: number;
    password: string;
  };
  return `postgres://postgres:${encodeURIComponent(settings.password)}@127.0.0.1:${settings.port}/${database}`;
}

async function query<T extends pg.QueryResultRow>(url: string, text: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3_000 });
  await client.connect();
  try {
    return (await client.query<T>(text)).rows;
  } finally {
    await client.end();
  }
}

function serverPid(dataDir: string): number {
  const file = readPostmasterFile(join(dataDir, 'postgres'));
  if (!file) throw new Error(`no postmaster.pid in ${dataDir}`);
  return file.pid;
}

/** The uid a process runs as (Linux). */
const uidOf = (pid: number): number => statSync(`/proc/${pid}`).uid;

describe('the embedded PostgreSQL (DATABASE_URL unset)', () => {
  it('is created on first start, joined by a second process, stopped by its owner on SIGTERM, and keeps its data across restarts', async () => {
    const dataDir = newDataDir();
    const port = await freePort();
    const owner = startWorker(dataDir, port);
    await owner.ready();
    expect(owner.output()).toMatch(
      /created the embedded PostgreSQL 18\.\d+ cluster in .*\/data\/postgres \(\d+ ms\)/,
    );
    expect(owner.output()).toMatch(
      new RegExp(`started the embedded PostgreSQL 18\\.\\d+ \\(pid \\d+\\) on 127\\.0\\.0\\.1:${port}`),
    );
    const pid = serverPid(dataDir);
    // PostgreSQL refuses root: as root it runs as `postgres`, otherwise as whoever runs Vigil.
    expect(uidOf(pid)).toBe(IS_ROOT ? idOf('-u', 'postgres') : process.getuid?.());
    expect(statSync(join(dataDir, 'postgres.json')).mode & 0o777).toBe(0o600);

    const joiner = startWorker(dataDir, port);
    await joiner.ready();
    expect(joiner.output()).toContain(
      `joined the embedded PostgreSQL on 127.0.0.1:${port} run by pid ${owner.child.pid}`,
    );
    expect(joiner.output()).not.toMatch(/created|started the embedded/);

    const url = databaseUrl(dataDir);
    await query(url, `CREATE TABLE kept (v text); INSERT INTO kept VALUES ('before restart')`);
    expect(await joiner.stop()).toBe(0);
    expect(processAlive(pid)).toBe(true); // a joiner leaving does not stop the owner's server

    expect(await owner.stop()).toBe(0);
    expect(owner.output()).toContain(`stopped the embedded PostgreSQL (pid ${pid})`);
    expect(processAlive(pid)).toBe(false);
    expect(existsSync(join(dataDir, 'postgres', 'postmaster.pid'))).toBe(false);
    expect(existsSync(join(dataDir, 'postgres.lock'))).toBe(false);

    const restarted = startWorker(dataDir, port);
    await restarted.ready();
    expect(restarted.output()).not.toContain('created the embedded PostgreSQL');
    expect(await query<{ v: string }>(url, 'SELECT v FROM kept')).toEqual([{ v: 'before restart' }]);
    expect(await restarted.stop()).toBe(0);
  }, 90_000);

  it('recovers after kill -9 of the owner: adopts the server that kept running, or restarts a killed one', async () => {
    const dataDir = newDataDir();
    const port = await freePort();
    const first = startWorker(dataDir, port);
    await first.ready();
    const pid = serverPid(dataDir);
    await query(databaseUrl(dataDir), `CREATE TABLE kept (v text); INSERT INTO kept VALUES ('survives')`);
    await first.stop('SIGKILL');
    expect(processAlive(pid)).toBe(true); // its own process group: the server outlives its owner

    const second = startWorker(dataDir, port);
    await second.ready();
    expect(second.output()).toContain(`took over the running embedded PostgreSQL (pid ${pid})`);

    // Now the owner and the server die together: stale lock, stale postmaster.pid, crash recovery.
    await second.stop('SIGKILL');
    process.kill(pid, 'SIGKILL');
    const third = startWorker(dataDir, port);
    await third.ready();
    expect(third.output()).toMatch(/started the embedded PostgreSQL/);
    expect(await query<{ v: string }>(databaseUrl(dataDir), 'SELECT v FROM kept')).toEqual([
      { v: 'survives' },
    ]);
    expect(await third.stop()).toBe(0);
    expect(existsSync(join(dataDir, 'postgres', 'postmaster.pid'))).toBe(false);
  }, 90_000);

  itAsRoot(
    'runs as a normal user too (then PostgreSQL runs as that user)',
    async () => {
      const nobody = { uid: idOf('-u', 'nobody'), gid: idOf('-g', 'nobody') };
      const dataDir = newDataDir(nobody);
      const worker = startWorker(dataDir, await freePort(), {}, nobody);
      await worker.ready();
      expect(uidOf(serverPid(dataDir))).toBe(nobody.uid);
      expect(statSync(join(dataDir, 'postgres')).uid).toBe(nobody.uid);
      expect(await worker.stop()).toBe(0);
    },
    60_000,
  );
});

describe('when the owner stops while another process is still connected', () => {
  it('leaves the server running and the other process takes it over', async () => {
    const dataDir = newDataDir();
    const options = { dataDir, port: await freePort(), user: 'postgres' };
    const ownerLines: string[] = [];
    const joinerLines: string[] = [];
    const owner = await EmbeddedPostgres.open({ ...options, log: (line) => ownerLines.push(line) });
    const joiner = await EmbeddedPostgres.open({ ...options, log: (line) => joinerLines.push(line) });
    expect([owner.role, joiner.role]).toEqual(['owner', 'joiner']);

    const busy = new pg.Client({ connectionString: joiner.url('postgres') });
    await busy.connect();
    await owner.close(); // waits 4 s for the connection, then hands over
    expect(ownerLines.at(-1)).toMatch(/left the embedded PostgreSQL running for 1 other connection/);
    await new Promise((resolve) => setTimeout(resolve, 2_500));
    expect(joiner.role).toBe('owner');
    expect(joinerLines.join('\n')).toMatch(
      /this one takes over[\s\S]*took over the running embedded PostgreSQL/,
    );
    expect((await busy.query('SELECT 1 AS one')).rows).toEqual([{ one: 1 }]); // never interrupted
    await busy.end();
    await joiner.close();
    expect(joinerLines.at(-1)).toMatch(/stopped the embedded PostgreSQL/);
  }, 30_000);
});

describe('startup errors in one line', () => {
  async function failure(
    dataDir: string,
    port: number,
    env: NodeJS.ProcessEnv = {},
    as?: { uid: number; gid: number },
  ): Promise<string> {
    const worker = startWorker(dataDir, port, env, as);
    expect(await worker.exited).toBe(1);
    const lines = worker.output().trim().split('\n');
    expect(lines).toHaveLength(1);
    return lines[0] ?? '';
  }

  itAsRoot('as root without a user to run PostgreSQL as', async () => {
    const line = await failure(newDataDir(), await freePort(), {
      VIGIL_EMBEDDED_PG_USER: 'vigil-no-such-user',
    });
    expect(line).toMatch(
      /^vigil: running as root, and PostgreSQL refuses to run as root, but there is no "vigil-no-such-user" user/,
    );
  });

  it('when the port is taken, naming the port and the variable', async () => {
    const port = await freePort();
    const squatter: Server = createServer();
    await new Promise<void>((resolve) => squatter.listen(port, '127.0.0.1', resolve));
    try {
      const line = await failure(newDataDir(), port);
      expect(line).toBe(
        `vigil: port ${port} on 127.0.0.1, where the embedded PostgreSQL listens, is taken by another program: ` +
          'set VIGIL_EMBEDDED_PG_PORT to a free port (or stop that program)',
      );
    } finally {
      squatter.close();
    }
  });

  it('when the data dir was made by another PostgreSQL major, naming the dir and the version', async () => {
    const dataDir = newDataDir();
    mkdirSync(dataDir, { mode: 0o755 });
    mkdirSync(join(dataDir, 'postgres'), { mode: 0o700 });
    writeFileSync(join(dataDir, 'postgres', 'PG_VERSION'), '15\n');
    const line = await failure(dataDir, await freePort());
    expect(line).toContain(
      `the data directory ${dataDir}/postgres was initialized by PostgreSQL 15, but the embedded PostgreSQL is 18`,
    );
  });

  it('when the data dir is not writable', async () => {
    const parent = mkdtempSync(join(tmpdir(), 'vigil-readonly-'));
    cleanups.push(() => rmSync(parent, { recursive: true, force: true }));
    chmodSync(parent, 0o555);
    // Root writes anywhere: the check is made as a normal user.
    const as = IS_ROOT ? { uid: idOf('-u', 'nobody'), gid: idOf('-g', 'nobody') } : undefined;
    const line = await failure(join(parent, 'data'), await freePort(), {}, as);
    expect(line).toMatch(
      new RegExp(`^vigil: VIGIL_DATA_DIR ${parent}/data is not writable by \\S+ \\(EACCES\\)`),
    );
  });
});
