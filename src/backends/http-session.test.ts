import { describe, expect, it } from 'vitest';
import { answer, client, json } from '@/testing/http-answers';
import { ApiError } from './api-error';

describe('http client on the app’s own server (session cookie)', () => {
  it('sends the CSRF header with every request and no Authorization header', async () => {
    const seen = answer('post', '/rest/tasks', json({ data: {} }, 201));
    const refused: string[] = [];
    await client({ apiKey: '', session: { onRefused: () => refused.push('x') } }).request({
      method: 'POST',
      path: '/rest/tasks',
      body: { id: 'a', title: 'x' },
    });
    expect(seen[0]!.headers.get('x-tasklink-csrf')).toBe('1');
    expect(seen[0]!.headers.get('authorization')).toBeNull();
    expect(refused).toEqual([]);
  });

  it.each([401, 403])('reports a %i once, so the app can ask for the key', async (status) => {
    answer('get', '/rest/tasks', json({ statusCode: status, messages: ['refused'] }, status));
    let refused = 0;
    const request = client({ apiKey: '', session: { onRefused: () => refused++ } }).request({
      method: 'GET',
      path: '/rest/tasks',
    });
    await expect(request).rejects.toBeInstanceOf(ApiError);
    expect(refused).toBe(1);
  });

  it('sends no CSRF header to another backend (Dalil), whose CORS would refuse it', async () => {
    const seen = answer('get', '/rest/tasks', json({ ok: 1 }));
    await client().request({ method: 'GET', path: '/rest/tasks' });
    expect(seen[0]!.headers.get('x-tasklink-csrf')).toBeNull();
  });
});
