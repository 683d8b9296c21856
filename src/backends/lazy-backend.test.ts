import { describe, expect, it, vi } from 'vitest';
import type { Backend } from './backend';
import { lazyBackend } from './lazy-backend';
import { ROLODEX_CAPABILITIES } from './rolodex/capabilities';

// The Rolodex and Peoplelogic adapters load on the first request, once; the app reads their
// capabilities before that.

function fakeAdapter(): Backend {
  return {
    listTasks: vi.fn(async () => ({ items: [], nextCursor: null, totalCount: 0 })),
  } as unknown as Backend;
}

describe('lazyBackend', () => {
  it('tells its kind and capabilities at once, and loads the adapter on the first request, once', async () => {
    const adapter = fakeAdapter();
    const load = vi.fn(async () => ({ adapter }));
    const backend = lazyBackend('rolodex', ROLODEX_CAPABILITIES, load, (m) => m.adapter);
    expect(backend.kind).toBe('rolodex');
    expect(backend.capabilities).toBe(ROLODEX_CAPABILITIES);
    expect(load).not.toHaveBeenCalled();

    await backend.listTasks({ sort: 'dueAt' });
    await backend.listTasks({ sort: 'dueAt', cursor: '25' });
    expect(load).toHaveBeenCalledTimes(1);
    expect(adapter.listTasks).toHaveBeenLastCalledWith({ sort: 'dueAt', cursor: '25' });
  });

  it('downloads again on the next request after a failed download', async () => {
    const adapter = fakeAdapter();
    let online = false;
    const load = vi.fn(async () => {
      if (!online) throw new TypeError('Importing a module script failed.');
      return { adapter };
    });
    const backend = lazyBackend('rolodex', ROLODEX_CAPABILITIES, load, (m) => m.adapter);
    await expect(backend.listTasks({ sort: 'dueAt' })).rejects.toThrow('module script');
    online = true;
    await expect(backend.listTasks({ sort: 'dueAt' })).resolves.toMatchObject({ items: [] });
    expect(load).toHaveBeenCalledTimes(2);
  });
});
