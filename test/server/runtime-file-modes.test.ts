import { chmodSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseConfig } from '../../server/config.ts';
import { startTasklink } from '../../server/start.ts';

// DATA_DIR holds every record and the key: no other local user may read or change it.

let root: string;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'tasklink-modes-'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** mode -> how many entries under `dir` (itself included) have it, "d" or "f" first. */
function modes(dir: string): Record<string, number> {
  const out: Record<string, number> = {};
  const add = (key: string) => (out[key] = (out[key] ?? 0) + 1);
  const pending = [dir];
  for (let d = pending.pop(); d !== undefined; d = pending.pop()) {
    add(`d${(statSync(d).mode & 0o777).toString(8)}`);
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) pending.push(path);
      else add(`f${(statSync(path).mode & 0o777).toString(8)}`);
    }
  }
  return out;
}

describe('DATA_DIR permissions', () => {
  it('are owner-only (0700 folders, 0600 files) while running and after a stop', async () => {
    const dataDir = join(root, 'data');
    // A folder someone made by hand with the usual umask.
    mkdirSync(dataDir, { mode: 0o755 });
    chmodSync(dataDir, 0o755);
    const running = await startTasklink(parseConfig({ DATA_DIR: dataDir, PORT: '0' }));
    try {
      expect(statSync(dataDir).mode & 0o777).toBe(0o700);
      const live = modes(dataDir);
      expect(Object.keys(live).sort()).toEqual(['d700', 'f600']);
      expect(live.f600).toBeGreaterThan(500);
      const created = await fetch(`${running.url}/rest/tasks`, {
        method: 'POST',
        headers: { authorization: `Bearer ${running.apiKey}`, 'content-type': 'application/json' },
        body: JSON.stringify({ title: 'private' }),
      });
      expect(created.status).toBe(201);
    } finally {
      await running.close();
    }
    expect(Object.keys(modes(dataDir)).sort()).toEqual(['d700', 'f600']);
  }, 90_000);
});
