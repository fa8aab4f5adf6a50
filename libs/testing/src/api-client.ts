import { type LoginResponse, type SourceWithSecretJson } from '@vigil/contracts';
import { TEST_OWNER } from './test-config.js';

/** A tiny client for the public HTTP contract, as scripts outside the repository would use it. */
export class ApiClient {
  constructor(
    readonly baseUrl: string,
    private token: string | null = null,
  ) {}

  static async login(
    baseUrl: string,
    email: string = TEST_OWNER.email,
    password: string = TEST_OWNER.password,
  ): Promise<ApiClient> {
    const response = await fetch(`${baseUrl}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password }),
    });
    if (response.status !== 200) throw new Error(`login failed: ${response.status} ${await response.text()}`);
    const body = (await response.json()) as LoginResponse;
    return new ApiClient(baseUrl, body.token);
  }

  get bearer(): string {
    if (!this.token) throw new Error('not logged in');
    return this.token;
  }

  request(path: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    if (this.token) headers.set('authorization', `Bearer ${this.token}`);
    if (init.body && !headers.has('content-type')) headers.set('content-type', 'application/json');
    return fetch(`${this.baseUrl}${path}`, { ...init, headers });
  }

  async json<T>(path: string, init: RequestInit = {}): Promise<T> {
    const response = await this.request(path, init);
    if (!response.ok)
      throw new Error(`${init.method ?? 'GET'} ${path} → ${response.status} ${await response.text()}`);
    return (await response.json()) as T;
  }

  createSource(body: { name: string; kind: string; secret?: string }): Promise<SourceWithSecretJson> {
    return this.json<SourceWithSecretJson>('/api/sources', { method: 'POST', body: JSON.stringify(body) });
  }
}
