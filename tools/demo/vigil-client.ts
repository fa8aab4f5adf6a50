import {
  type QualityJson,
  type ListJson,
  type Page,
  type SourceJson,
  type SourceWithSecretJson,
  type TransactionJson,
} from '@vigil/contracts';
import { type SourceKind } from './people.js';
import { type DemoSource } from './sender.js';

export class DemoError extends Error {}

/** The owner's view of Vigil over its public HTTP API, as any script would use it. */
export class VigilClient {
  private constructor(
    readonly baseUrl: string,
    private readonly token: string,
  ) {}

  static async waitUntilReady(baseUrl: string, timeoutMs: number, stopped: () => boolean): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!stopped()) {
      const status = await fetch(`${baseUrl}/health/ready`, { signal: AbortSignal.timeout(2_000) })
        .then((r) => r.status)
        .catch(() => 0);
      if (status === 200) return;
      if (Date.now() > deadline)
        throw new DemoError(`Vigil at ${baseUrl} was not ready after ${timeoutMs / 1000} s`);
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }

  static async login(baseUrl: string, email: string, password: string): Promise<VigilClient> {
    const response = await fetch(`${baseUrl}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password }),
    });
    const body = (await response.json().catch(() => ({}))) as { token?: string; message?: string };
    if (response.status === 200 && body.token) return new VigilClient(baseUrl, body.token);
    if (response.status === 200)
      throw new DemoError(`${email} has two-factor sign-in on; the demo needs an owner without it`);
    throw new DemoError(
      `cannot sign in as ${email} (${response.status} ${body.message ?? ''}). This database already has an owner ` +
        'with another password: run VIGIL_OWNER_EMAIL=<owner email> VIGIL_OWNER_PASSWORD=<password> npm run demo, ' +
        'or point DATABASE_URL at a fresh database.',
    );
  }

  private async json<T>(path: string, init: RequestInit = {}): Promise<T> {
    const response = await fetch(`${this.baseUrl}${path}`, {
      ...init,
      headers: { authorization: `Bearer ${this.token}`, 'content-type': 'application/json', ...init.headers },
      signal: init.signal ?? AbortSignal.timeout(10_000),
    });
    if (!response.ok)
      throw new DemoError(`${init.method ?? 'GET'} ${path} → ${response.status} ${await response.text()}`);
    return (await response.json()) as T;
  }

  /**
   * The demo's sources, created on the first run and reused (by name) after: their secrets are shown only
   * once, so a reused source gets a fresh one by rotation (no grace period: nobody else posts to it).
   */
  async ensureSource(name: string, kind: SourceKind): Promise<DemoSource & { reused: boolean }> {
    const { items } = await this.json<{ items: SourceJson[] }>('/api/sources');
    const existing = items.find((s) => s.name === name && s.kind === kind);
    const source = existing
      ? await this.json<SourceWithSecretJson>(`/api/sources/${existing.id}/rotate`, {
          method: 'POST',
          body: JSON.stringify({ graceHours: 0 }),
        })
      : await this.json<SourceWithSecretJson>('/api/sources', {
          method: 'POST',
          body: JSON.stringify({ name, kind }),
        });
    return { id: source.id, name: source.name, kind: source.kind, secret: source.secret, reused: !!existing };
  }

  /** Adds the values to the named list when missing; returns the ones it added. */
  async ensureListItems(listName: string, values: readonly string[], note: string): Promise<string[]> {
    const { items } = await this.json<{ items: ListJson[] }>('/api/lists');
    const list = items.find((l) => l.name === listName);
    if (!list) throw new DemoError(`the ${listName} list does not exist`);
    const added: string[] = [];
    for (const value of values) {
      const response = await fetch(`${this.baseUrl}/api/lists/${list.id}/items`, {
        method: 'POST',
        headers: { authorization: `Bearer ${this.token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ value, note }),
      });
      if (response.status === 201) added.push(value);
      else if (response.status !== 200)
        throw new DemoError(`adding ${value} to ${listName} → ${response.status} ${await response.text()}`);
    }
    return added;
  }

  /** Detection quality judged by Vigil's own labels (docs/detection.md "Quality"). */
  quality(): Promise<QualityJson> {
    return this.json<QualityJson>('/api/quality?window=24h');
  }

  /** Every transaction created since `from` (newest first, all pages). */
  async transactionsSince(from: Date): Promise<TransactionJson[]> {
    const all: TransactionJson[] = [];
    let cursor: string | null = null;
    do {
      const query = new URLSearchParams({ from: from.toISOString(), limit: '500' });
      if (cursor) query.set('cursor', cursor);
      const page: Page<TransactionJson> = await this.json(`/api/transactions?${query}`);
      all.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
    return all;
  }
}
