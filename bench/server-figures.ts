import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

// The server's own benchmark (server/bench/bench-server.ts, `--json`), run as a child process.
// Its JSON is read loosely: any object holding a req/s, a p50 (or median) and a p99 figure is one
// row, named by the items and keys that lead to it (an item by its name, description or database,
// a list by its items alone), so the runner survives small changes of its shape.

export type ServerRow = { name: string; reqPerSec: number; p50: number; p99: number };
export type ServerFigures = { rows: ServerRow[] } | { unavailable: string };

const SCRIPT = join('server', 'bench', 'bench-server.ts');

function pick(record: Record<string, unknown>, pattern: RegExp): number | undefined {
  for (const [key, value] of Object.entries(record)) {
    if (pattern.test(key) && typeof value === 'number') return value;
  }
  return undefined;
}

function itemLabel(item: unknown, index: number): string {
  if (item && typeof item === 'object') {
    for (const key of ['name', 'description', 'database']) {
      const label = (item as Record<string, unknown>)[key];
      if (typeof label === 'string') return label;
    }
  }
  return String(index);
}

export function serverRows(value: unknown, path: string[] = []): ServerRow[] {
  if (Array.isArray(value)) {
    return value.flatMap((item, index) => serverRows(item, [...path, itemLabel(item, index)]));
  }
  if (!value || typeof value !== 'object') return [];
  const record = value as Record<string, unknown>;
  const reqPerSec = pick(record, /req.*(s|sec|second)|rps|throughput/i);
  const p50 = pick(record, /p50|median/i);
  const p99 = pick(record, /p99/i);
  const own =
    reqPerSec !== undefined && p50 !== undefined && p99 !== undefined
      ? [{ name: path.join(' / ') || 'server', reqPerSec, p50, p99 }]
      : [];
  const nested = Object.entries(record).flatMap(([key, child]) =>
    typeof child === 'object' && child !== null
      ? serverRows(child, Array.isArray(child) ? path : [...path, key])
      : [],
  );
  return [...own, ...nested];
}

export async function serverFigures(root: string): Promise<ServerFigures> {
  // The flag may be parsed in a module beside the script (args.ts since the split), so the whole
  // folder is read: an older commit without it gets a row saying so instead of a failed run.
  const folder = join(root, 'server', 'bench');
  const source = readdirSync(folder)
    .filter((name) => name.endsWith('.ts'))
    .map((name) => readFileSync(join(folder, name), 'utf8'))
    .join('\n');
  if (!source.includes('--json')) {
    return { unavailable: `${SCRIPT} has no --json flag on this commit` };
  }
  const tsx = join(root, 'node_modules', '.bin', 'tsx');
  const { code, stdout, stderr } = await new Promise<{
    code: number | null;
    stdout: string;
    stderr: string;
  }>((resolve, reject) => {
    const child = spawn(tsx, [SCRIPT, '--json'], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.once('error', reject);
    child.once('exit', (exit) => resolve({ code: exit, stdout: out, stderr: err }));
  });
  if (code !== 0) {
    return { unavailable: `${SCRIPT} --json exited ${code}: ${stderr.trim().slice(-300)}` };
  }
  const start = stdout.indexOf('{');
  const end = stdout.lastIndexOf('}');
  try {
    const rows = serverRows(JSON.parse(stdout.slice(start, end + 1)) as unknown);
    return rows.length > 0 ? { rows } : { unavailable: `${SCRIPT} --json printed no figures` };
  } catch {
    return { unavailable: `${SCRIPT} --json printed no JSON object` };
  }
}
