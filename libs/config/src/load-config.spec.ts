import { resolve } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { ConfigError, loadConfig, redactUrl } from './load-config.js';

describe('loadConfig', () => {
  it('uses the defaults from the spec when nothing is set', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      port: 3000,
      databaseUrl: 'postgres://postgres@127.0.0.1:5432/vigil',
      redisUrl: 'redis://127.0.0.1:6379',
      logLevel: 'info',
      publicUrl: 'http://localhost:3000',
      ownerEmail: null,
      secretKey: null,
      dataDir: resolve('data'),
      production: false,
    });
  });

  it('resolves VIGIL_DATA_DIR and reads NODE_ENV=production', () => {
    expect(loadConfig({ VIGIL_DATA_DIR: '/var/lib/vigil', NODE_ENV: 'production' })).toMatchObject({
      dataDir: '/var/lib/vigil',
      production: true,
    });
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
    expect(loadConfig({ PORT: '8080', LOG_LEVEL: '' })).toMatchObject({
      port: 8080,
      logLevel: 'info',
      publicUrl: 'http://localhost:8080',
    });
  });

  it('requires the owner email with the owner password', () => {
    expect(() => loadConfig({ VIGIL_OWNER_PASSWORD: 'a-long-enough-password' })).toThrow(/VIGIL_OWNER_EMAIL/);
  });
});

describe('VIGIL_TRUST_PROXY', () => {
  it('is off by default and accepts booleans, hop counts and subnets', () => {
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(loadConfig({ VIGIL_TRUST_PROXY: 'true' }).trustProxy).toBe(true);
    expect(loadConfig({ VIGIL_TRUST_PROXY: '2' }).trustProxy).toBe(2);
    expect(loadConfig({ VIGIL_TRUST_PROXY: 'loopback, 10.0.0.0/8' }).trustProxy).toBe('loopback, 10.0.0.0/8');
    expect(() => loadConfig({ VIGIL_TRUST_PROXY: 'x;y' })).toThrow(/VIGIL_TRUST_PROXY/);
  });
});

describe('redactUrl', () => {
  it('hides the password', () => {
    expect(redactUrl('postgres://u:hunter2@db:5432/vigil')).toBe('postgres://u:***@db:5432/vigil');
  });
});
