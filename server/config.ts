import { isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseFaultRules, type FaultRule } from './faults.ts';
import { parseRateLimits, type RateLimit } from './rate-limit.ts';
import { parseSeedSize, type SeedSize } from './seed/generate.ts';

export const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url));

export type Config = {
  port: number;
  host: string;
  /** Absolute; the database lives in `<dataDir>/pgdata`, a generated key in `<dataDir>/api-key`. */
  dataDir: string;
  /** From TASKLINK_API_KEY; undefined means "use or create the key file in dataDir". */
  apiKey: string | undefined;
  /** undefined when fault injection is off (no middleware is installed). */
  faults: FaultRule[] | undefined;
  /** One token bucket per rule; a request must find a token in each. */
  rateLimit: RateLimit[] | undefined;
  testControl: boolean;
  /** Extra Host names to answer for (TASKLINK_ALLOWED_HOSTS), besides the bound address. */
  allowedHosts: string[];
  /** Other origins allowed to call the API from a browser (TASKLINK_CORS_ORIGINS). */
  corsOrigins: string[];
  /** DATABASE_URL: a PostgreSQL server instead of the PGlite folder in dataDir. */
  databaseUrl: string | undefined;
  /** Proxy mode (UPSTREAM_URL + UPSTREAM_API_KEY): /rest/* is forwarded to a Dalil workspace. */
  upstream: Upstream | undefined;
  /** What an empty database is seeded with (TASKLINK_SEED_SIZE): `demo` or `large`. */
  seedSize: SeedSize;
};

export type Upstream = { url: string; apiKey: string };

/** A configuration mistake the user can fix; main prints the message and exits 1. */
export class ConfigError extends Error {}

type Env = Record<string, string | undefined>;

const present = (value: string | undefined) =>
  value !== undefined && value.trim() !== '' ? value.trim() : undefined;

function parsePort(raw: string | undefined): number {
  const value = present(raw);
  if (value === undefined) return 5173;
  const port = /^\d+$/.test(value) ? Number(value) : NaN;
  // 0 is allowed: the OS picks a free port (tests and the benchmark use it).
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ConfigError(`PORT must be an integer from 0 to 65535, got "${value}"`);
  }
  return port;
}

function parseHost(raw: string | undefined): string {
  const value = present(raw) ?? '127.0.0.1';
  if (/[\s/]/.test(value))
    throw new ConfigError(`HOST must be a host name or IP address, got "${value}"`);
  return value;
}

function parseApiKey(raw: string | undefined): string | undefined {
  const value = present(raw);
  if (value === undefined) return undefined;
  // The key itself is never echoed: error messages end up in logs.
  if (!/^[\x21-\x7e]+$/.test(value)) {
    throw new ConfigError('TASKLINK_API_KEY may only contain visible ASCII characters (no spaces)');
  }
  if (value.length < 8)
    throw new ConfigError('TASKLINK_API_KEY must be at least 8 characters long');
  return value;
}

const list = (raw: string | undefined) =>
  (present(raw) ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');

function parseHosts(raw: string | undefined): string[] {
  return list(raw).map((host) => {
    if (!/^(\[[0-9a-f:.]+\]|[a-z0-9.-]+)(:\d{1,5})?$/i.test(host)) {
      throw new ConfigError(
        `TASKLINK_ALLOWED_HOSTS must list host names such as tasks.example.com or tasks.example.com:8443, got "${host}"`,
      );
    }
    return host.toLowerCase();
  });
}

function parseOrigins(raw: string | undefined): string[] {
  return list(raw).map((origin) => {
    let url: URL | undefined;
    try {
      url = new URL(origin);
    } catch {
      url = undefined;
    }
    if (!url || !/^https?:$/.test(url.protocol) || url.origin !== origin.replace(/\/$/, '')) {
      throw new ConfigError(
        `TASKLINK_CORS_ORIGINS must list origins such as https://app.example.com (scheme, host, optional port; no path), got "${origin}"`,
      );
    }
    return url.origin;
  });
}

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

function parseUpstream(
  rawUrl: string | undefined,
  rawKey: string | undefined,
): Upstream | undefined {
  const text = present(rawUrl);
  const apiKey = present(rawKey);
  if (text === undefined) {
    if (apiKey !== undefined)
      throw new ConfigError('UPSTREAM_API_KEY is set but UPSTREAM_URL is not');
    return undefined;
  }
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new ConfigError(
      `UPSTREAM_URL must be a URL such as https://app.usedalil.ai, got "${text}"`,
    );
  }
  const local = url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname);
  if (url.protocol !== 'https:' && !local) {
    // The upstream key travels in every request: never in clear text over a network.
    throw new ConfigError('UPSTREAM_URL must start with https:// (http:// only for localhost)');
  }
  if (url.search || url.hash || url.username || url.password) {
    throw new ConfigError('UPSTREAM_URL must be a base URL without credentials, query or fragment');
  }
  if (apiKey === undefined)
    throw new ConfigError('UPSTREAM_URL is set but UPSTREAM_API_KEY is not');
  if (!/^[\x21-\x7e]+$/.test(apiKey)) {
    throw new ConfigError('UPSTREAM_API_KEY may only contain visible ASCII characters (no spaces)');
  }
  return { url: url.href.replace(/\/+$/, ''), apiKey };
}

/** Where DATABASE_URL points (host, port, database), for messages: never its user or password. */
export function describeDatabaseUrl(databaseUrl: string): string {
  const url = new URL(databaseUrl);
  const host = url.hostname || url.searchParams.get('host') || 'localhost';
  return `${host}:${url.port || '5432'}${url.pathname || '/'}`;
}

function parseDatabaseUrl(raw: string | undefined): string | undefined {
  const text = present(raw);
  if (text === undefined) return undefined;
  let url: URL | undefined;
  try {
    url = new URL(text);
  } catch {
    url = undefined;
  }
  // The value may hold a password: it is never echoed.
  if (!url || !/^postgres(ql)?:$/.test(url.protocol)) {
    throw new ConfigError(
      'DATABASE_URL must be a PostgreSQL URL such as postgres://user:password@localhost:5432/tasklink',
    );
  }
  if (!url.hostname && !url.searchParams.has('host')) {
    throw new ConfigError('DATABASE_URL must name a host, e.g. postgres://user@localhost/tasklink');
  }
  return text;
}

function parseFlag(name: string, raw: string | undefined): boolean {
  const value = present(raw);
  if (value === undefined || value === '0' || value === 'false') return false;
  if (value === '1' || value === 'true') return true;
  throw new ConfigError(`${name} must be 1 or 0, got "${value}"`);
}

function wrap<T>(name: string, parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new ConfigError(`${name}: ${message}`);
  }
}

/** Reads the configuration from the environment; throws ConfigError with a clear message. */
export function parseConfig(env: Env = process.env, cwd = process.cwd()): Config {
  const dataDirRaw = present(env.DATA_DIR);
  const dataDir = dataDirRaw
    ? isAbsolute(dataDirRaw)
      ? dataDirRaw
      : resolve(cwd, dataDirRaw)
    : join(REPO_ROOT, '.data');
  if (present(env.DATABASE_URL) !== undefined && present(env.UPSTREAM_URL) !== undefined) {
    throw new ConfigError(
      'DATABASE_URL and UPSTREAM_URL are both set: a proxy keeps no data, so set only one',
    );
  }
  const faultsRaw = present(env.TASKLINK_FAULTS);
  const rateRaw = present(env.TASKLINK_RATE_LIMIT);
  return {
    port: parsePort(env.PORT),
    host: parseHost(env.HOST),
    dataDir,
    apiKey: parseApiKey(env.TASKLINK_API_KEY),
    faults:
      faultsRaw === undefined
        ? undefined
        : wrap('TASKLINK_FAULTS', () => parseFaultRules(faultsRaw)),
    rateLimit:
      rateRaw === undefined
        ? undefined
        : wrap('TASKLINK_RATE_LIMIT', () => parseRateLimits(rateRaw)),
    testControl: parseFlag('TASKLINK_TEST_CONTROL', env.TASKLINK_TEST_CONTROL),
    allowedHosts: parseHosts(env.TASKLINK_ALLOWED_HOSTS),
    corsOrigins: parseOrigins(env.TASKLINK_CORS_ORIGINS),
    upstream: parseUpstream(env.UPSTREAM_URL, env.UPSTREAM_API_KEY),
    databaseUrl: parseDatabaseUrl(env.DATABASE_URL),
    seedSize: wrap('TASKLINK_SEED_SIZE', () => parseSeedSize(env.TASKLINK_SEED_SIZE)),
  };
}

export const pgDataDir = (config: Pick<Config, 'dataDir'>) => join(config.dataDir, 'pgdata');
