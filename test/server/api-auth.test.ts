import { keyMatches } from '../../server/auth.ts';
import { API_KEY, openHarness, type Harness } from './api-harness.ts';

let h: Harness;
beforeAll(async () => {
  h = await openHarness();
});
afterAll(() => h.db.close());

const request = (path: string, headers: Record<string, string>, method = 'GET') =>
  h.app.request(path, { method, headers });

describe('Bearer auth', () => {
  it.each([
    ['no header', {}, 'Missing API key'],
    ['a wrong key', { authorization: 'Bearer wrong-key' }, 'Invalid API key'],
    ['a key that only shares a prefix', { authorization: `Bearer ${API_KEY}x` }, 'Invalid API key'],
    ['another scheme', { authorization: `Basic ${API_KEY}` }, 'Malformed Authorization header'],
    ['an empty bearer', { authorization: 'Bearer ' }, 'Malformed Authorization header'],
  ])('answers 401 UNAUTHENTICATED with %s', async (_, headers, message) => {
    for (const [method, path] of [
      ['GET', '/rest/tasks'],
      ['GET', '/rest/tasks/00000000-0000-4000-8000-000000000001'],
      ['POST', '/rest/tasks'],
      ['POST', '/rest/batch/tasks'],
      ['PATCH', '/rest/tasks/x'],
      ['DELETE', '/rest/tasks/x'],
      ['GET', '/rest/nope/a/b'],
    ] as const) {
      const res = await request(path, headers, method);
      expect(res.status).toBe(401);
      const body = (await res.json()) as { statusCode: number; error: string; messages: string[] };
      expect(body).toEqual({
        statusCode: 401,
        error: 'UNAUTHENTICATED',
        messages: [expect.stringContaining(message)],
      });
      expect(JSON.stringify(body)).not.toContain(API_KEY);
    }
  });

  it('lets the right key through, with any case of "Bearer"', async () => {
    expect((await request('/rest/tasks', { authorization: `Bearer ${API_KEY}` })).status).toBe(200);
    expect((await request('/rest/tasks', { authorization: `bearer ${API_KEY}` })).status).toBe(200);
  });

  it('does not write anything for an unauthenticated create', async () => {
    await h.app.request('/rest/tasks', { method: 'POST', body: JSON.stringify({ title: 'x' }) });
    expect((await h.call('GET', '/rest/tasks')).body.totalCount).toBe(0);
  });

  it('compares keys exactly', () => {
    expect(keyMatches('abc', 'abc')).toBe(true);
    expect(keyMatches('abc', 'abd')).toBe(false);
    expect(keyMatches('', 'abc')).toBe(false);
    expect(keyMatches('abcd', 'abc')).toBe(false);
  });
});
