import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type Role } from '@vigil/contracts';
import { ApiClient, TEST_OWNER } from '@vigil/testing';
import { type ApiHarness, startApi } from './api-harness.js';
import { createUser, directSession } from './auth-fixtures.js';
import { expressRoutes, nestRoutes, type RouteInfo } from './route-inventory.js';

/** Routes anyone may call: sign-in, probes, signed webhooks and the API description. */
const PUBLIC_ROUTES = [
  /^POST \/api\/auth\/login$/,
  /^POST \/api\/auth\/login\/2fa$/,
  /^GET \/health(\/ready)?$/,
  /^POST \/webhooks\/:sourceId$/,
  /^GET \/api\/docs(\/.*)?$/,
];

/** Writes every signed-in person may make on their own account. */
const SELF_SERVICE_WRITES = [
  'POST /api/auth/logout',
  'POST /api/auth/logout-all',
  'POST /api/auth/password',
  'POST /api/auth/2fa/setup',
  'POST /api/auth/2fa/enable',
  'POST /api/auth/2fa/disable',
];

/**
 * Staff work the review queue (docs/api.md#signing-in-and-roles): claim, release, decide. Every other write
 * is the owner's.
 */
const STAFF_WRITES = [
  /^POST \/api\/transactions\/:\w+\/claim$/,
  /^DELETE \/api\/transactions\/:\w+\/claim$/,
  /^POST \/api\/transactions\/:\w+\/decision$/,
  /^POST \/api\/transactions\/decisions\/bulk$/,
  /^PUT \/api\/transactions\/:\w+\/label$/,
];

/** Reads only the owner may make (metrics: also a scraper token, checked before the guard). */
const OWNER_ONLY = ['GET /api/users', 'GET /api/audit', 'GET /metrics', 'GET /api/dead-letters'];

const IDENTITIES = ['anonymous', 'viewer', 'staff', 'owner'] as const;
type Identity = (typeof IDENTITIES)[number];

const isWrite = (route: RouteInfo): boolean => !['GET', 'HEAD', 'OPTIONS'].includes(route.method);
const isPublicByPolicy = (route: RouteInfo): boolean => PUBLIC_ROUTES.some((re) => re.test(route.name));

/** What the policy allows on a route, from the route's name alone. */
function allowedByPolicy(route: RouteInfo, identity: Identity): boolean {
  if (route.isPublic) return true;
  if (identity === 'anonymous') return false;
  if (identity === 'owner') return true;
  if (OWNER_ONLY.includes(route.name)) return false;
  if (!isWrite(route)) return true;
  if (SELF_SERVICE_WRITES.includes(route.name)) return true;
  return identity === 'staff' && STAFF_WRITES.some((re) => re.test(route.name));
}

const STACK_TRACE = /\n\s+at\s|node_modules|\.ts:\d+|\.js:\d+/;

describe('access control on every registered route', () => {
  let api: ApiHarness;
  let routes: RouteInfo[];
  const emails: Record<Exclude<Identity, 'anonymous'>, string> = {
    owner: TEST_OWNER.email,
    staff: 'matrix-staff@example.com',
    viewer: 'matrix-viewer@example.com',
  };

  beforeAll(async () => {
    api = await startApi();
    const owner = await ApiClient.login(api.baseUrl);
    await createUser(api, owner, 'staff', emails.staff);
    await createUser(api, owner, 'viewer', emails.viewer);
    routes = nestRoutes(api.app);
  });
  afterAll(() => api?.close());

  it('finds the routes the HTTP server serves (discovery misses none)', () => {
    const served = expressRoutes(api.app).filter((name) => !name.endsWith(' {/*splat}'));
    expect(routes.map((r) => r.name)).toEqual(served);
    expect(routes.length).toBeGreaterThan(20);
  });

  it('every route declares @Public() or @Roles(...)', () => {
    const undeclared = routes
      .filter((r) => !r.isPublic && (!r.roles || r.roles.length === 0))
      .map((r) => `${r.name} (${r.handler})`);
    expect(undeclared).toEqual([]); // routes without @Public() or @Roles()
  });

  it('only sign-in, probes, webhooks and docs are public', () => {
    const unexpected = routes.filter((r) => r.isPublic && !isPublicByPolicy(r)).map((r) => r.name);
    expect(unexpected).toEqual([]); // public routes outside the allowlist
  });

  it('declared roles follow the policy: owner everything, staff the queue, viewer reads', () => {
    const violations: string[] = [];
    for (const route of routes.filter((r) => !r.isPublic)) {
      for (const role of ['owner', 'staff', 'viewer'] as Role[]) {
        const declared = route.roles?.includes(role) ?? false;
        // Owners must be able to do everything; the others may be refused more than the policy requires.
        if (role === 'owner' ? !declared : declared && !allowedByPolicy(route, role)) {
          violations.push(`${route.name}: ${role} ${declared ? 'allowed' : 'refused'}`);
        }
      }
    }
    expect(violations).toEqual([]);
  });

  it('enforces the roles over HTTP for anonymous, viewer, staff and owner', async () => {
    const failures: string[] = [];
    for (const route of routes) {
      const path = route.path.replace(/:\w+/g, () => randomUUID()).replace(/\*\w*|\{[^}]*\}/g, '');
      for (const identity of IDENTITIES) {
        // A fresh session per request, so routes that sign out (logout, logout-all) affect only it.
        const token = identity === 'anonymous' ? null : await directSession(api.app, emails[identity]);
        const response = await fetch(`${api.baseUrl}${path}`, {
          method: route.method,
          headers: {
            ...(token ? { authorization: `Bearer ${token}` } : {}),
            ...(isWrite(route) ? { 'content-type': 'application/json' } : {}),
          },
          body: isWrite(route) ? '{}' : undefined,
        });
        const text = await response.text();
        const declared = route.isPublic || (identity !== 'anonymous' && route.roles?.includes(identity));
        const expected = declared ? 'allowed' : identity === 'anonymous' ? 401 : 403;
        const got = response.status === 401 || response.status === 403 ? response.status : 'allowed';
        if (got !== expected)
          failures.push(`${route.name} as ${identity}: expected ${expected}, got ${response.status}`);
        if (STACK_TRACE.test(text))
          failures.push(`${route.name} as ${identity}: stack trace in the response`);
        if (response.status >= 400) {
          const body = JSON.parse(text) as Record<string, unknown>;
          if (Object.keys(body).sort().join() !== 'error,message,statusCode') {
            failures.push(`${route.name} as ${identity}: error body ${text}`);
          }
        }
      }
    }
    expect(failures).toEqual([]);
  });
});
