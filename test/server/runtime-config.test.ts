import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { apiKeyPath, resolveApiKey } from '../../server/api-key.ts';
import { ConfigError, describeDatabaseUrl, parseConfig, REPO_ROOT } from '../../server/config.ts';

const configError = (env: Record<string, string>) => {
  try {
    parseConfig(env, '/srv');
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error(`expected a ConfigError for ${JSON.stringify(env)}`);
};

describe('configuration from the environment', () => {
  it('has defaults a fresh checkout can run with', () => {
    const config = parseConfig({}, '/srv');
    expect(config).toEqual({
      port: 5173,
      host: '127.0.0.1',
      dataDir: join(REPO_ROOT, '.data'),
      apiKey: undefined,
      faults: undefined,
      rateLimit: undefined,
      testControl: false,
      allowedHosts: [],
      corsOrigins: [],
      upstream: undefined,
      databaseUrl: undefined,
      seedSize: 'demo',
    });
  });

  it('reads every setting', () => {
    const config = parseConfig(
      {
        PORT: '5340',
        HOST: '0.0.0.0',
        DATA_DIR: 'tmp/data',
        TASKLINK_API_KEY: 'key-12345678',
        TASKLINK_FAULTS: '{"method":"post","path":"/rest/taskTargets","every":2,"status":503}',
        TASKLINK_RATE_LIMIT: '5/1000',
        TASKLINK_TEST_CONTROL: '1',
        TASKLINK_ALLOWED_HOSTS: 'Tasks.example.com, tasks.example.com:8443',
        TASKLINK_CORS_ORIGINS: 'https://app.example.com,http://localhost:3000',
        UPSTREAM_URL: 'https://crm.example.com/',
        UPSTREAM_API_KEY: 'upstream-key-1234',
        TASKLINK_SEED_SIZE: 'large',
      },
      '/srv',
    );
    expect(config).toEqual({
      port: 5340,
      host: '0.0.0.0',
      dataDir: '/srv/tmp/data',
      apiKey: 'key-12345678',
      faults: [{ method: 'POST', path: '/rest/taskTargets', every: 2, status: 503 }],
      rateLimit: [{ limit: 5, windowMs: 1000 }],
      testControl: true,
      allowedHosts: ['tasks.example.com', 'tasks.example.com:8443'],
      corsOrigins: ['https://app.example.com', 'http://localhost:3000'],
      upstream: { url: 'https://crm.example.com', apiKey: 'upstream-key-1234' },
      databaseUrl: undefined,
      seedSize: 'large',
    });
    expect(parseConfig({ DATA_DIR: '/abs/dir' }).dataDir).toBe('/abs/dir');
    // Twenty's (and Dalil's) default: 100 per minute and 100 per second.
    expect(parseConfig({ TASKLINK_RATE_LIMIT: '100/60000, 100/1000' }).rateLimit).toEqual([
      { limit: 100, windowMs: 60_000 },
      { limit: 100, windowMs: 1000 },
    ]);
    expect(parseConfig({ TASKLINK_FAULTS: '[{"latencyMs":300}]' }).faults).toEqual([
      { latencyMs: 300 },
    ]);
  });

  it.each([
    [{ PORT: 'abc' }, /PORT must be an integer/],
    [{ PORT: '70000' }, /PORT must be an integer from 0 to 65535/],
    [{ HOST: 'local host' }, /HOST must be/],
    [{ TASKLINK_FAULTS: '{not json' }, /TASKLINK_FAULTS: not valid JSON/],
    [
      { TASKLINK_FAULTS: '{"method":"POST"}' },
      /TASKLINK_FAULTS: rule 0: a rule needs "every", "rate", "status" or "latencyMs"/,
    ],
    [{ TASKLINK_FAULTS: '[{"every":0}]' }, /TASKLINK_FAULTS: rule 0 "every"/],
    [{ TASKLINK_FAULTS: '[{"status":200}]' }, /TASKLINK_FAULTS: rule 0 "status"/],
    [{ TASKLINK_FAULTS: '[{"every":2,"stauts":500}]' }, /Unrecognized key: "stauts"/],
    [{ TASKLINK_RATE_LIMIT: '5' }, /TASKLINK_RATE_LIMIT: expected <requests>\/<milliseconds>/],
    [{ TASKLINK_RATE_LIMIT: '0/1000' }, /TASKLINK_RATE_LIMIT/],
    [{ TASKLINK_RATE_LIMIT: '100/60000,' }, /TASKLINK_RATE_LIMIT: expected/],
    [{ TASKLINK_TEST_CONTROL: 'yes' }, /TASKLINK_TEST_CONTROL must be 1 or 0/],
    [{ TASKLINK_ALLOWED_HOSTS: 'http://x.example' }, /TASKLINK_ALLOWED_HOSTS must list host names/],
    [{ TASKLINK_CORS_ORIGINS: 'https://x.example/app' }, /TASKLINK_CORS_ORIGINS must list origins/],
    [{ TASKLINK_CORS_ORIGINS: '*' }, /TASKLINK_CORS_ORIGINS must list origins/],
    [
      { UPSTREAM_URL: 'http://crm.example.com', UPSTREAM_API_KEY: 'k-123456' },
      /must start with https/,
    ],
    [{ UPSTREAM_URL: 'https://crm.example.com' }, /UPSTREAM_API_KEY is not/],
    [{ UPSTREAM_API_KEY: 'k-123456' }, /UPSTREAM_URL is not/],
    [{ TASKLINK_SEED_SIZE: 'huge' }, /TASKLINK_SEED_SIZE: seed size must be demo or large/],
  ])('refuses %o with a clear message', (env, message) => {
    expect(configError(env)).toMatch(message);
  });

  it('refuses a malformed API key without repeating it', () => {
    const secret = 'my secret key';
    const message = configError({ TASKLINK_API_KEY: secret });
    expect(message).toMatch(/TASKLINK_API_KEY/);
    expect(message).not.toContain(secret);
    expect(configError({ TASKLINK_API_KEY: 'short' })).not.toContain('short');
  });

  it('reads DATABASE_URL, refuses what is not a PostgreSQL URL, and never repeats a password', () => {
    const url = 'postgresql://tasklink:pa55word@db.internal:6543/tasks?sslmode=require';
    expect(parseConfig({ DATABASE_URL: ` ${url} ` }).databaseUrl).toBe(url);
    expect(describeDatabaseUrl(url)).toBe('db.internal:6543/tasks');
    expect(describeDatabaseUrl('postgres://u@localhost/x')).toBe('localhost:5432/x');
    for (const bad of ['mysql://root:pa55word@db/x', 'pa55word', 'postgres://:pa55word@/x']) {
      const message = configError({ DATABASE_URL: bad });
      expect(message).toMatch(/DATABASE_URL must/);
      expect(message).not.toContain('pa55word');
    }
    expect(
      configError({
        DATABASE_URL: url,
        UPSTREAM_URL: 'https://crm.example.com',
        UPSTREAM_API_KEY: 'k-12345678',
      }),
    ).toMatch(/DATABASE_URL and UPSTREAM_URL are both set/);
  });

  it('makes npm start exit 1 with the message on a bad value', () => {
    const tsx = join(REPO_ROOT, 'node_modules', '.bin', 'tsx');
    const result = spawnSync(tsx, ['server/main.ts'], {
      cwd: REPO_ROOT,
      env: { ...process.env, PORT: 'not-a-port' },
      encoding: 'utf8',
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('PORT must be an integer from 0 to 65535, got "not-a-port"');
  });
});

describe('the generated API key', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'tasklink-key-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('is made once, kept readable only by its owner, and reused afterwards', () => {
    const first = resolveApiKey(join(dir, 'data'), undefined);
    expect(first.source).toBe('created');
    expect(first.key).toMatch(/^tl_[A-Za-z0-9_-]{40,}$/);
    const path = apiKeyPath(join(dir, 'data'));
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(readFileSync(path, 'utf8').trim()).toBe(first.key);

    const second = resolveApiKey(join(dir, 'data'), undefined);
    expect(second).toEqual({ key: first.key, source: 'file' });
  });

  it('differs between data folders', () => {
    const a = resolveApiKey(join(dir, 'a'), undefined).key;
    const b = resolveApiKey(join(dir, 'b'), undefined).key;
    expect(a).not.toBe(b);
  });

  it('gives way to TASKLINK_API_KEY and then writes no file', () => {
    expect(resolveApiKey(dir, 'configured-key-1')).toEqual({
      key: 'configured-key-1',
      source: 'env',
    });
    expect(() => statSync(apiKeyPath(dir))).toThrow();
  });

  it('tightens a key file that others could read', () => {
    writeFileSync(apiKeyPath(dir), 'tl_existing_key_value\n', { mode: 0o644 });
    chmodSync(apiKeyPath(dir), 0o644);
    expect(resolveApiKey(dir, undefined)).toEqual({ key: 'tl_existing_key_value', source: 'file' });
    expect(statSync(apiKeyPath(dir)).mode & 0o777).toBe(0o600);
  });

  it('refuses a damaged key file instead of silently replacing the key', () => {
    writeFileSync(apiKeyPath(dir), 'two words\n', { mode: 0o600 });
    expect(() => resolveApiKey(dir, undefined)).toThrow(/does not hold a valid API key/);
  });
});
