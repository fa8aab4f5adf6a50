import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import {
  chownSync,
  closeSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { basename, dirname, join } from 'node:path';
import pg from 'pg';
import { StartupError } from '@vigil/config';
import { type PostgresBinaries } from './postgres-binaries.js';
import { processAlive, processStartTicks, readPostmasterFile, sleep } from './processes.js';
import { type ServerUser } from './server-user.js';

/** The server's environment: nothing of Vigil's (secrets, URLs) leaks into PostgreSQL's processes. */
function serverEnv(): NodeJS.ProcessEnv {
  return { PATH: process.env['PATH'], LANG: 'C', LC_ALL: 'C' };
}

/** The major version a data directory was initialized by, or null when it holds no cluster. */
export function clusterMajor(pgdata: string): number | null {
  try {
    return Number(readFileSync(join(pgdata, 'PG_VERSION'), 'utf8').trim());
  } catch {
    return null;
  }
}

export interface InitdbOptions {
  binaries: PostgresBinaries;
  pgdata: string;
  user: ServerUser | null;
  superuser: string;
  password: string;
  /** Skip fsync (throwaway test servers only). */
  noSync?: boolean;
}

/**
 * initdb (UTF8, locale C, password authentication) into a temporary directory that is renamed into place
 * when complete, so an interrupted first start never leaves a half-made cluster behind.
 */
export function initCluster(options: InitdbOptions): void {
  const { binaries, pgdata, user } = options;
  const parent = dirname(pgdata);
  for (const leftover of readdirSync(parent).filter((n) => n.startsWith(`${basename(pgdata)}.initdb-`)))
    rmSync(join(parent, leftover), { recursive: true, force: true });
  const staging = `${pgdata}.initdb-${process.pid}`;
  const passwordFile = `${staging}.password`;
  mkdirSync(staging, { mode: 0o700 });
  writeFileSync(passwordFile, `${options.password}\n`, { mode: 0o600 });
  if (user) {
    chownSync(staging, user.uid, user.gid);
    chownSync(passwordFile, user.uid, user.gid);
  }
  try {
    const run = spawnSync(
      binaries.initdb,
      [
        `--pgdata=${staging}`,
        `--username=${options.superuser}`,
        `--pwfile=${passwordFile}`,
        '--auth=scram-sha-256',
        '--encoding=UTF8',
        '--locale=C',
        '--no-instructions',
        ...(options.noSync ? ['--no-sync'] : []),
      ],
      { env: serverEnv(), encoding: 'utf8', ...(user ? { uid: user.uid, gid: user.gid } : {}) },
    );
    if (run.status !== 0) {
      const reason = (run.stderr || run.error?.message || `exit code ${run.status}`).trim().split('\n').pop();
      throw new StartupError(`initdb of the embedded PostgreSQL in ${pgdata} failed: ${reason}`);
    }
    renameSync(staging, pgdata);
  } finally {
    rmSync(passwordFile, { force: true });
    rmSync(staging, { recursive: true, force: true });
  }
}

/** Whether nothing listens on 127.0.0.1:port (asked before starting, for a clearer message). */
export function portFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen({ port, host: '127.0.0.1', exclusive: true }, () => probe.close(() => resolve(true)));
  });
}

export function portTakenError(port: number, variable: string): StartupError {
  return new StartupError(
    `port ${port} on 127.0.0.1, where the embedded PostgreSQL listens, is taken by another program: set ` +
      `${variable} to a free port (or stop that program)`,
  );
}

export interface StartServerOptions {
  binaries: PostgresBinaries;
  pgdata: string;
  port: number;
  user: ServerUser | null;
  /** File descriptor of the server log (stdout and stderr go there, so the server outlives our pipes). */
  logFd: number;
  logFile: string;
  /** Extra `-c name=value` settings. */
  settings?: Record<string, string>;
  /** Names the variable that changes the port, for the "port taken" message. */
  portVariable: string;
}

export interface StartedServer {
  pid: number;
  child: ChildProcess;
}

/**
 * Starts the postmaster in its own process group (Ctrl-C in a terminal reaches Vigil, which drains first
 * and then stops PostgreSQL itself) and waits until it accepts connections.
 */
export async function startServer(
  options: StartServerOptions,
  connectionUrl: string,
): Promise<StartedServer> {
  const { binaries, pgdata, port, user } = options;
  const logStart = statSync(options.logFile, { throwIfNoEntry: false })?.size ?? 0;
  const settings = {
    listen_addresses: '127.0.0.1',
    // TCP on 127.0.0.1 only: no Unix socket in a shared directory such as /tmp.
    unix_socket_directories: '',
    ...options.settings,
  };
  const args = [
    '-D',
    pgdata,
    '-p',
    String(port),
    ...Object.entries(settings).flatMap(([k, v]) => ['-c', `${k}=${v}`]),
  ];
  const child = spawn(binaries.postgres, args, {
    detached: true,
    stdio: ['ignore', options.logFd, options.logFd],
    env: serverEnv(),
    ...(user ? { uid: user.uid, gid: user.gid } : {}),
  });
  closeSync(options.logFd);
  child.unref();
  let exited = false;
  child.once('exit', () => (exited = true));
  const started = Date.now();
  for (;;) {
    if (exited || child.pid === undefined) throw startFailure(options, logStart);
    const file = readPostmasterFile(pgdata);
    if (file?.pid === child.pid && file.status === 'ready' && (await accepts(connectionUrl))) {
      return { pid: child.pid, child };
    }
    if (Date.now() - started > 120_000) {
      child.kill('SIGQUIT');
      throw new StartupError(
        `the embedded PostgreSQL in ${pgdata} did not become ready within 120 s (see ${options.logFile})`,
      );
    }
    await sleep(25);
  }
}

/** Why the server exited while starting, from what it wrote to its log. */
function startFailure(options: StartServerOptions, logStart: number): StartupError {
  const log = existsSync(options.logFile) ? readFileSync(options.logFile, 'utf8').slice(logStart) : '';
  if (/could not bind IPv4 address.*Address already in use|could not create any TCP\/IP sockets/s.test(log))
    return portTakenError(options.port, options.portVariable);
  const fatal = log.split('\n').find((line) => / (FATAL|PANIC|ERROR): /.test(line));
  const reason = fatal ? fatal.replace(/^.* (FATAL|PANIC|ERROR): +/, '') : 'it exited';
  return new StartupError(
    `the embedded PostgreSQL in ${options.pgdata} did not start: ${reason} (see ${options.logFile})`,
  );
}

export async function accepts(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2_000 });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * Fast shutdown (SIGINT: open transactions roll back, a clean checkpoint is written), then immediate
 * shutdown and SIGKILL if it takes longer than `timeoutMs`. Works for a server we started or adopted.
 */
export async function stopServer(pid: number, timeoutMs = 8_000): Promise<void> {
  // Once the server is gone its pid may go to another process (PostgreSQL forks one per connection): only the
  // process that started at the same moment is still ours to signal.
  const startTicks = processStartTicks(pid);
  const stillOurs = (): boolean =>
    processAlive(pid) && (startTicks === null || processStartTicks(pid) === startTicks);
  const escalation: [NodeJS.Signals, number][] = [
    ['SIGINT', timeoutMs],
    ['SIGQUIT', 2_000],
    ['SIGKILL', 2_000],
  ];
  for (const [signal, wait] of escalation) {
    if (!stillOurs()) return;
    try {
      process.kill(pid, signal);
    } catch {
      return; // already gone
    }
    const deadline = Date.now() + wait;
    while (Date.now() < deadline) {
      if (!stillOurs()) return;
      await sleep(20);
    }
  }
}
