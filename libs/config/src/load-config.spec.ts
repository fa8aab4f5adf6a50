import { describe, expect, it } from '@jest/globals';
import { resolve } from 'node:path';
import { ConfigError, loadConfig, readDatabaseChoice, redactUrl } from './load-config.js';

const EMBEDDED = { url: 'postgres://postgres:pw@127.0.0.1:5532/vigil' };

describe('loadConfig', () => {
  it('uses the documented defaults when nothing is set', () => {
    const config = loadConfig({}, EMBEDDED);
    expect(config).toMatchObject({
      port: 3000,
      databaseUrl: EMBEDDED.url,
      databaseMode: 'embedded',
      dataDir: resolve('data'),
      redisUrl: null,
      mode: 'postgres',
      logLevel: 'info',
      publicUrl: 'http://localhost:3000',
      ownerEmail: null,
      secretKey: null,
      production: false,
    });
  });

  it('resolves VIGIL_DATA_DIR and reads NODE_ENV=production', () => {
    expect(loadConfig({ VIGIL_DATA_DIR: '/var/lib/vigil', NODE_ENV: 'production' }, EMBEDDED)).toMatchObject({
      dataDir: '/var/lib/vigil',
      production: true,
    });
  });

  it('runs on Redis only when REDIS_URL is set', () => {
    expect(loadConfig({ REDIS_URL: 'redis://127.0.0.1:6379/2' }, EMBEDDED)).toMatchObject({
      redisUrl: 'redis://127.0.0.1:6379/2',
      mode: 'redis',
    });
    expect(loadConfig({ REDIS_URL: '' }, EMBEDDED)).toMatchObject({ redisUrl: null, mode: 'postgres' });
  });

  it('names the variable and the value when one is invalid', () => {
    expect(() => loadConfig({ PORT: 'abc' })).toThrow(ConfigError);
    expect(() => loadConfig({ PORT: 'abc' })).toThrow(/PORT .*"abc"/);
    expect(() => loadConfig({ REDIS_URL: 'http://x' })).toThrow(
      /REDIS_URL must be a URL starting with redis:/,
    );
    expect(() => loadConfig({ LOG_LEVEL: 'loud' })).toThrow(/LOG_LEVEL must be one of/);
  });

  it('never echoes a secret it rejects', () => {
    expect(() => loadConfig({ VIGIL_SECRET_KEY: 'short-secret' })).toThrow(/VIGIL_SECRET_KEY/);
    try {
      loadConfig({ VIGIL_SECRET_KEY: 'short-secret' });
    } catch (error) {
      expect((error as Error).message).not.toContain('short-secret');
    }
  });

  it('treats empty variables as unset and derives the public URL from the port', () => {
    expect(loadConfig({ PORT: '8080', LOG_LEVEL: '' }, EMBEDDED)).toMatchObject({
      port: 8080,
      logLevel: 'info',
      publicUrl: 'http://localhost:8080',
    });
  });

  it('validates the metrics token and never echoes it', () => {
    expect(loadConfig({}, EMBEDDED)).toMatchObject({ metricsToken: null });
    const token = 'scraper-token-0123456789abcdef';
    expect(loadConfig({ VIGIL_METRICS_TOKEN: token }, EMBEDDED)).toMatchObject({ metricsToken: token });
    expect(() => loadConfig({ VIGIL_METRICS_TOKEN: 'too-short' })).toThrow(
      /VIGIL_METRICS_TOKEN must be at least 24 characters/,
    );
    expect(() => loadConfig({ VIGIL_METRICS_TOKEN: 'too-short' })).not.toThrow(/too-short/);
  });

  it('reads the per-user /api rate limit, 600 a minute by default', () => {
    expect(loadConfig({}, EMBEDDED)).toMatchObject({ apiRateLimitPerMinute: 600 });
    expect(loadConfig({ VIGIL_API_RATE_LIMIT: '20' }, EMBEDDED)).toMatchObject({ apiRateLimitPerMinute: 20 });
    expect(() => loadConfig({ VIGIL_API_RATE_LIMIT: '0' })).toThrow(/VIGIL_API_RATE_LIMIT .*"0"/);
  });

  it('requires the owner email with the owner password', () => {
    expect(() => loadConfig({ VIGIL_OWNER_PASSWORD: 'a-long-enough-password' })).toThrow(/VIGIL_OWNER_EMAIL/);
  });
});

describe('the database choice', () => {
  it('is the embedded PostgreSQL in ./data when DATABASE_URL is unset', () => {
    expect(readDatabaseChoice({})).toEqual({
      mode: 'embedded',
      url: null,
      dataDir: resolve('data'),
      embeddedPort: null,
      embeddedUser: 'postgres',
    });
    expect(
      readDatabaseChoice({ VIGIL_DATA_DIR: '/srv/vigil', VIGIL_EMBEDDED_PG_PORT: '6543' }),
    ).toMatchObject({
      dataDir: '/srv/vigil',
      embeddedPort: 6543,
    });
  });

  it('is the server when DATABASE_URL is set, whatever URL the embedded one had', () => {
    const url = 'postgres://u:pw@db:5432/vigil';
    expect(readDatabaseChoice({ DATABASE_URL: url })).toMatchObject({ mode: 'server', url });
    expect(loadConfig({ DATABASE_URL: url }, EMBEDDED)).toMatchObject({
      databaseUrl: url,
      databaseMode: 'server',
    });
  });

  it('validates every variable before anything starts, and never echoes a bad DATABASE_URL', () => {
    expect(() => readDatabaseChoice({ PORT: 'abc' })).toThrow(/PORT/);
    expect(() => readDatabaseChoice({ VIGIL_EMBEDDED_PG_PORT: '70000' })).toThrow(/VIGIL_EMBEDDED_PG_PORT/);
    expect(() => readDatabaseChoice({ DATABASE_URL: 'mysql://u:hunter2@db/x' })).toThrow(/DATABASE_URL/);
    expect(() => readDatabaseChoice({ DATABASE_URL: 'mysql://u:hunter2@db/x' })).not.toThrow(/hunter2/);
  });

  it('refuses to build a config without a URL in embedded mode', () => {
    expect(() => loadConfig({})).toThrow(/open the embedded PostgreSQL first/);
  });
});

describe('VIGIL_TRUST_PROXY', () => {
  it('is off by default and accepts booleans, hop counts and subnets', () => {
    expect(loadConfig({}, EMBEDDED).trustProxy).toBe(false);
    expect(loadConfig({ VIGIL_TRUST_PROXY: 'true' }, EMBEDDED).trustProxy).toBe(true);
    expect(loadConfig({ VIGIL_TRUST_PROXY: '2' }, EMBEDDED).trustProxy).toBe(2);
    expect(loadConfig({ VIGIL_TRUST_PROXY: 'loopback, 10.0.0.0/8' }, EMBEDDED).trustProxy).toBe(
      'loopback, 10.0.0.0/8',
    );
    expect(() => loadConfig({ VIGIL_TRUST_PROXY: 'x;y' })).toThrow(/VIGIL_TRUST_PROXY/);
  });
});

describe('redactUrl', () => {
  it('hides the password', () => {
    expect(redactUrl('postgres://u:hunter2@db:5432/vigil')).toBe('postgres://u:***@db:5432/vigil');
  });
});
