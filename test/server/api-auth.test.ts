import { keyMatches } from '../../server/auth.ts';
import { API_KEY, openHarness, type Harness } from './api-harness.ts';

let h: Harness;
beforeAll(async () => {
  h = await openHarness();
});
afterAll(() => h.db.close());

const request = (path: string, headers: Record<string, string>, method = 'GET') =>
  h.app.request(path, { method, headers });

// As Twenty: no usable token is 403 FORBIDDEN_EXCEPTION "Missing authentication token", a token
// that is not the key is 401 UNAUTHENTICATED; both before routing (an unknown object too).
describe('Bearer auth', () => {
  it.each([
    ['no header', {}, 403, 'FORBIDDEN_EXCEPTION', 'Missing authentication token'],
    ['a key without Bearer', { authorization: API_KEY }, 403, 'FORBIDDEN_EXCEPTION', 'Missing'],
    [
      'another scheme',
      { authorization: `Basic ${API_KEY}` },
      403,
      'FORBIDDEN_EXCEPTION',
      'Missing',
    ],
    ['an empty bearer', { authorization: 'Bearer ' }, 403, 'FORBIDDEN_EXCEPTION', 'Missing'],
    ['a wrong key', { authorization: 'Bearer wrong-key' }, 401, 'UNAUTHENTICATED', 'Token invalid'],
    [
      'a key that only shares a prefix',
      { authorization: `Bearer ${API_KEY}x` },
      401,
      'UNAUTHENTICATED',
      'Token invalid',
    ],
  ])('answers %s with the status Twenty gives', async (_, headers, status, error, message) => {
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
      expect(res.status).toBe(status);
      const body = (await res.json()) as { statusCode: number; error: string; messages: string[] };
      expect(body).toEqual({
        statusCode: status,
        error,
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
