import { StartupError } from '@vigil/config';
import pg from 'pg';
import {
  DEFAULT_EMBEDDED_PORT,
  type EmbeddedPaths,
  embeddedPaths,
  type EmbeddedSettings,
  embeddedUrl,
  newSettings,
  openServerLog,
  prepareDataDir,
  readSettings,
  writeSettings,
} from './data-dir.js';
import { holderAlive, type LockHolder, type OwnerLock, tryLock } from './owner-lock.js';
import { type PostgresBinaries, postgresBinaries } from './postgres-binaries.js';
import {
  accepts,
  clusterMajor,
  initCluster,
  portFree,
  portTakenError,
  startServer,
  stopServer,
} from './postgres-server.js';
import { processAlive, processCommand, readPostmasterFile, sleep } from './processes.js';
import { assertReachable, type ServerUser, serverUser } from './server-user.js';

export const EMBEDDED_DATABASE = 'vigil';
export const EMBEDDED_PORT_VARIABLE = 'VIGIL_EMBEDDED_PG_PORT';

export interface EmbeddedPostgresOptions {
  /** VIGIL_DATA_DIR, absolute. */
  dataDir: string;
  /** VIGIL_EMBEDDED_PG_PORT; null: the port kept in the data dir, else 5532. */
  port: number | null;
  /** VIGIL_EMBEDDED_PG_USER: who runs the server when this process is root. */
  user: string;
  /** One line of news for the operator (started, joined, stopped, took over). */
  log: (line: string) => void;
}

/** How long a stopping owner waits for the other Vigil processes on its server to disconnect. */
const OTHERS_GRACE_MS = 4_000;
/** How often a joiner checks its owner is alive, and an owner its server. */
const WATCH_INTERVAL_MS = 1_000;
/** How long a joiner waits for the owner's server to accept connections (initdb, crash recovery). */
const JOIN_TIMEOUT_MS = 120_000;

/**
 * One process's share of the embedded PostgreSQL in VIGIL_DATA_DIR. The first process to take the lock
 * owns it: initdb on first start, starts the server (or adopts one that outlived a killed owner), and
 * stops it when it closes. Later processes join: they connect and watch the owner; when it is gone they
 * take over (adopting the server that kept running, or starting it again).
 */
export class EmbeddedPostgres {
  readonly paths: EmbeddedPaths;
  private readonly binaries: PostgresBinaries;
  private readonly user: ServerUser | null;
  private settings: EmbeddedSettings | null = null;
  private lock: OwnerLock | null = null;
  private owner: LockHolder | null = null;
  /** The postmaster this process answers for (started or adopted), while it owns the lock. */
  private serverPid: number | null = null;
  private port = 0;
  private watch: NodeJS.Timeout | null = null;
  private busy: Promise<void> = Promise.resolve();
  private closing = false;
  private lastProblem: string | null = null;
  private readonly onExit = (): void => this.abandon();

  private constructor(private readonly options: EmbeddedPostgresOptions) {
    this.paths = embeddedPaths(options.dataDir);
    this.binaries = postgresBinaries();
    this.user = serverUser(this.paths.pgdata, options.user);
    if (this.user) {
      assertReachable(this.user, [
        { what: 'the PostgreSQL binaries', path: this.binaries.postgres },
        { what: 'VIGIL_DATA_DIR', path: this.paths.pgdata },
      ]);
    }
    prepareDataDir(options.dataDir, this.user);
  }

  static async open(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgres> {
    const member = new EmbeddedPostgres(options);
    await member.ownOrJoin();
    member.watch = setInterval(() => member.serialize(() => member.check()), WATCH_INTERVAL_MS);
    member.watch.unref();
    process.once('exit', member.onExit);
    return member;
  }

  get role(): 'owner' | 'joiner' {
    return this.lock ? 'owner' : 'joiner';
  }

  /** URL of a database on the server (default `vigil`). */
  url(database = EMBEDDED_DATABASE): string {
    if (!this.settings) throw new Error('the embedded PostgreSQL is not open');
    return embeddedUrl(this.settings, this.port, database);
  }

  /** PostgreSQL's version, e.g. `18.4`; its bin directory has no pg_dump (the package ships only the server). */
  get version(): string {
    return this.binaries.version;
  }

  /**
   * The owner stops the server (fast shutdown) once the other Vigil processes on it have disconnected,
   * waiting up to 4 s for them (`npm start` stops api and worker together). When some stay connected, it
   * leaves the server running and releases the lock: one of them takes over within a second.
   */
  async close(): Promise<void> {
    this.closing = true;
    if (this.watch) clearInterval(this.watch);
    await this.busy;
    if (!this.lock) {
      process.removeListener('exit', this.onExit);
      return;
    }
    if (this.serverPid !== null && processAlive(this.serverPid)) {
      const others = await this.othersConnected(OTHERS_GRACE_MS);
      if (others > 0) {
        this.options.log(
          `left the embedded PostgreSQL running for ${others} other connection(s); the next Vigil process on ` +
            `${this.options.dataDir} takes it over`,
        );
      } else {
        await stopServer(this.serverPid);
        this.options.log(`stopped the embedded PostgreSQL (pid ${this.serverPid})`);
      }
    }
    this.serverPid = null;
    this.lock.release();
    this.lock = null;
    // Only now: should the process exit while waiting above, the backstop still asks for a shutdown.
    process.removeListener('exit', this.onExit);
  }

  private async ownOrJoin(): Promise<void> {
    for (;;) {
      const attempt = tryLock(this.paths.lockFile);
      if (attempt.acquired) {
        this.lock = attempt.lock;
        this.owner = null;
        try {
          await this.runServer();
        } catch (error) {
          this.lock.release();
          this.lock = null;
          throw error;
        }
        return;
      }
      if (await this.join(attempt.holder)) return;
    }
  }

  /** As owner: make sure a cluster exists and a server runs on it (ours, or adopted). */
  private async runServer(): Promise<void> {
    const { pgdata } = this.paths;
    const major = clusterMajor(pgdata);
    const stored = readSettings(this.paths);
    if (major !== null && major !== this.binaries.major) {
      throw new StartupError(
        `the data directory ${pgdata} was initialized by PostgreSQL ${major}, but the embedded PostgreSQL is ` +
          `${this.binaries.major}: move it away and restore a backup into a new one (npm run backup with ` +
          `PostgreSQL ${major} tools, then npm run restore), or point DATABASE_URL at a PostgreSQL ${major} server`,
      );
    }
    if (major !== null && !stored) {
      throw new StartupError(
        `${this.paths.settingsFile} (the embedded PostgreSQL's port and password) is missing: restore it from ` +
          `a copy of ${this.options.dataDir}, or move ${pgdata} away to start afresh`,
      );
    }
    if (major !== null && stored && (await this.adoptRunningServer(stored))) {
      this.settings = stored;
      return;
    }
    const port = this.options.port ?? stored?.port ?? DEFAULT_EMBEDDED_PORT;
    // Before initdb, so a first start on a taken port says only that.
    if (!(await portFree(port))) throw portTakenError(port, EMBEDDED_PORT_VARIABLE);
    const settings = stored && major !== null ? { ...stored, port } : newSettings(port);
    if (settings.port !== stored?.port || settings.password !== stored.password) {
      writeSettings(this.paths, settings, this.user);
    }
    if (major === null) {
      const started = Date.now();
      initCluster({
        binaries: this.binaries,
        pgdata,
        user: this.user,
        superuser: settings.user,
        password: settings.password,
      });
      this.options.log(
        `created the embedded PostgreSQL ${this.binaries.version} cluster in ${pgdata} (${Date.now() - started} ms)`,
      );
    }
    this.settings = settings;
    await this.startOwnServer(settings);
  }

  /** A server that outlived its owner (kill -9) keeps serving: the new owner adopts it. */
  private async adoptRunningServer(settings: EmbeddedSettings): Promise<boolean> {
    const deadline = Date.now() + 30_000;
    for (;;) {
      const file = readPostmasterFile(this.paths.pgdata);
      if (!file || !processAlive(file.pid)) return false; // none, or a stale postmaster.pid PostgreSQL clears
      const command = processCommand(file.pid);
      if (command !== null && !command.includes('postgres')) return false; // pid reused by another program
      if (file.status === 'ready' && (await accepts(embeddedUrl(settings, file.port, 'postgres')))) {
        this.serverPid = file.pid;
        this.port = file.port;
        this.options.log(
          `took over the running embedded PostgreSQL (pid ${file.pid}) on 127.0.0.1:${file.port}`,
        );
        return true;
      }
      if (Date.now() > deadline) {
        throw new StartupError(
          `a PostgreSQL (pid ${file.pid}) runs on ${this.paths.pgdata} but does not accept connections: stop it ` +
            `(kill -INT ${file.pid}) and start Vigil again (see ${this.paths.logFile})`,
        );
      }
      await sleep(100); // starting up or shutting down
    }
  }

  private async startOwnServer(settings: EmbeddedSettings): Promise<void> {
    const port = settings.port;
    const started = Date.now();
    for (let attempt = 1; ; attempt++) {
      try {
        const server = await startServer(
          {
            binaries: this.binaries,
            pgdata: this.paths.pgdata,
            port,
            user: this.user,
            logFd: openServerLog(this.paths, this.user),
            logFile: this.paths.logFile,
            portVariable: EMBEDDED_PORT_VARIABLE,
          },
          embeddedUrl(settings, port, 'postgres'),
        );
        this.serverPid = server.pid;
        this.port = port;
        this.options.log(
          `started the embedded PostgreSQL ${this.binaries.version} (pid ${server.pid}) on 127.0.0.1:${port}, ` +
            `data in ${this.paths.pgdata} (${Date.now() - started} ms)`,
        );
        return;
      } catch (error) {
        // Backends of a killed server may hold its shared memory for a moment: PostgreSQL refuses until
        // they have noticed and exited.
        if (attempt < 20 && /shared memory block .* still in use/.test(String(error))) {
          await sleep(500);
          continue;
        }
        // A postmaster.pid naming a live process: a killed server not yet reaped, or one that came up
        // meanwhile. Wait, and adopt it if it turns out to serve.
        if (attempt < 20 && /lock file "postmaster\.pid" already exists/.test(String(error))) {
          await sleep(500);
          if (await this.adoptRunningServer(settings)) return;
          continue;
        }
        throw error;
      }
    }
  }

  /** Waits for the owner's server; false when the owner died first (then try to own it). */
  private async join(holder: LockHolder): Promise<boolean> {
    const deadline = Date.now() + JOIN_TIMEOUT_MS;
    while (holderAlive(holder)) {
      const settings = readSettings(this.paths);
      const file = readPostmasterFile(this.paths.pgdata);
      if (
        settings &&
        file?.status === 'ready' &&
        (await accepts(embeddedUrl(settings, file.port, 'postgres')))
      ) {
        this.settings = settings;
        this.port = file.port;
        this.owner = holder;
        this.options.log(`joined the embedded PostgreSQL on 127.0.0.1:${file.port} run by pid ${holder.pid}`);
        return true;
      }
      if (Date.now() > deadline) {
        throw new StartupError(
          `the embedded PostgreSQL in ${this.options.dataDir}, owned by pid ${holder.pid}, did not accept ` +
            `connections within ${JOIN_TIMEOUT_MS / 1000} s (see ${this.paths.logFile})`,
        );
      }
      await sleep(100);
    }
    return false;
  }

  /** Every second: a joiner whose owner is gone takes over; an owner whose server died starts it again. */
  private async check(): Promise<void> {
    if (this.closing) return;
    if (!this.lock) {
      if (this.owner && holderAlive(this.owner)) return;
      const attempt = tryLock(this.paths.lockFile);
      if (!attempt.acquired) {
        this.owner = attempt.holder;
        return;
      }
      this.lock = attempt.lock;
      this.owner = null;
      this.options.log('the process that ran the embedded PostgreSQL is gone; this one takes over');
    } else if (this.serverPid !== null && processAlive(this.serverPid)) {
      return;
    } else if (this.serverPid !== null) {
      this.options.log(
        `the embedded PostgreSQL (pid ${this.serverPid}) exited unexpectedly; starting it again`,
      );
      this.serverPid = null;
    }
    try {
      await this.runServer();
      this.lastProblem = null;
    } catch (error) {
      // Said once, retried every second: connections fail meanwhile and the app reports them.
      const problem = (error as Error).message;
      if (problem !== this.lastProblem) this.options.log(problem);
      this.lastProblem = problem;
    }
  }

  /** Other client connections on the server, waiting up to `graceMs` for them to end. */
  private async othersConnected(graceMs: number): Promise<number> {
    const client = new pg.Client({ connectionString: this.url('postgres'), connectionTimeoutMillis: 2_000 });
    client.on('error', () => undefined);
    try {
      await client.connect();
      const deadline = Date.now() + graceMs;
      for (;;) {
        const { rows } = await client.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM pg_stat_activity
            WHERE backend_type = 'client backend' AND pid <> pg_backend_pid()`,
        );
        const others = rows[0]?.n ?? 0;
        if (others === 0 || Date.now() > deadline) return others;
        await sleep(100);
      }
    } catch {
      return 0;
    } finally {
      await client.end().catch(() => undefined);
    }
  }

  /** Runs the checks one at a time, and never while close() runs. */
  private serialize(task: () => Promise<void>): void {
    this.busy = this.busy.then(task, task);
  }

  /** The process exits without close() (a crash, a startup error): ask for a fast shutdown, drop the lock. */
  private abandon(): void {
    if (!this.lock) return;
    if (this.serverPid !== null) {
      try {
        process.kill(this.serverPid, 'SIGINT');
      } catch {
        // already gone
      }
    }
    this.lock.release();
  }
}
