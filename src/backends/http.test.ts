import { delay, http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { answer, BASE, client, json, KEY } from '@/testing/http-answers';
import { server } from '@/testing/msw-server';
import { ApiError, NetworkError, ResponseFormatError } from './api-error';
import { createHttpClient } from './http';

describe('http client', () => {
  it('sends the key as a Bearer header, never in the URL, and encodes the query', async () => {
    const seen = answer('get', '/rest/tasks', json({ ok: 1 }));
    const query = new URLSearchParams({ filter: 'title[ilike]:"%a&b#c%"' });
    await expect(client().request({ method: 'GET', path: '/rest/tasks', query })).resolves.toEqual({
      ok: 1,
    });
    const url = new URL(seen[0]!.url);
    expect(seen[0]!.headers.get('authorization')).toBe(`Bearer ${KEY}`);
    expect(url.searchParams.get('filter')).toBe('title[ilike]:"%a&b#c%"');
    expect(seen[0]!.url).not.toContain(KEY);
  });

  it('resolves an empty base URL against the page origin', async () => {
    const seen: string[] = [];
    server.use(
      http.get(`${window.location.origin}/rest/tasks`, ({ request }) => {
        seen.push(request.url);
        return HttpResponse.json({});
      }),
    );
    await createHttpClient({ baseUrl: '', apiKey: KEY }).request({
      method: 'GET',
      path: '/rest/tasks',
    });
    expect(seen).toEqual([`${window.location.origin}/rest/tasks`]);
  });

  it('reads the error body: messages array or a message string, and Retry-After', async () => {
    answer(
      'get',
      '/rest/a',
      json({ statusCode: 400, error: 'BadRequestException', messages: ['bad filter'] }, 400),
    );
    answer(
      'get',
      '/rest/b',
      json({ statusCode: 403, message: 'Forbidden resource', error: 'Forbidden' }, 403),
    );
    answer('get', '/rest/c', () =>
      HttpResponse.json(
        { messages: ['Limit reached'] },
        { status: 429, headers: { 'Retry-After': '0' } },
      ),
    );
    const a = await client()
      .request({ method: 'GET', path: '/rest/a' })
      .catch((e: unknown) => e);
    expect(a).toBeInstanceOf(ApiError);
    expect(a).toMatchObject({ status: 400, messages: ['bad filter'], message: 'bad filter' });
    await expect(client().request({ method: 'GET', path: '/rest/b' })).rejects.toMatchObject({
      status: 403,
      messages: ['Forbidden resource'],
    });
    await expect(client().request({ method: 'GET', path: '/rest/c' })).rejects.toMatchObject({
      status: 429,
      retryAfter: 0,
    });
  });

  it('never puts the key in an error message, even when the server echoes it', async () => {
    answer('get', '/rest/tasks', json({ messages: [`Invalid token ${KEY}`] }, 401));
    const error = (await client()
      .request({ method: 'GET', path: '/rest/tasks' })
      .catch((e: unknown) => e)) as ApiError;
    expect(error.status).toBe(401);
    expect(error.message).not.toContain(KEY);
    expect(JSON.stringify(error.messages)).not.toContain(KEY);
  });

  it('retries a read on 5xx and 429 and succeeds', async () => {
    const seen = answer('get', '/rest/tasks', json({}, 503), json({}, 429), json({ data: 1 }));
    await expect(client().request({ method: 'GET', path: '/rest/tasks' })).resolves.toEqual({
      data: 1,
    });
    expect(seen).toHaveLength(3);
  });

  it('gives up after three tries with the last error', async () => {
    const seen = answer('get', '/rest/tasks', json({ messages: ['boom'] }, 500));
    await expect(client().request({ method: 'GET', path: '/rest/tasks' })).rejects.toMatchObject({
      status: 500,
    });
    expect(seen).toHaveLength(3);
  });

  it('never retries a 4xx', async () => {
    const seen = answer('get', '/rest/tasks', json({ messages: ['nope'] }, 404));
    await expect(client().request({ method: 'GET', path: '/rest/tasks' })).rejects.toMatchObject({
      status: 404,
    });
    expect(seen).toHaveLength(1);
  });

  it('never repeats a create without a client-made id after a 5xx or a network error', async () => {
    const failing = answer('post', '/rest/tasks', json({}, 502));
    await expect(
      client().request({ method: 'POST', path: '/rest/tasks', body: { title: 'x' } }),
    ).rejects.toMatchObject({ status: 502 });
    expect(failing).toHaveLength(1);
    const lost = answer('post', '/rest/taskTargets', () => HttpResponse.error());
    await expect(
      client().request({ method: 'POST', path: '/rest/taskTargets', body: {} }),
    ).rejects.toBeInstanceOf(NetworkError);
    expect(lost).toHaveLength(1);
  });

  it('repeats a create that carries its id, so "already exists" can tell the caller it worked', async () => {
    const seen = answer(
      'post',
      '/rest/tasks',
      json({}, 502),
      json({ messages: ['Record already exists'] }, 400),
    );
    await expect(
      client().request({ method: 'POST', path: '/rest/tasks', body: { id: 't1' } }),
    ).rejects.toMatchObject({ status: 400, messages: ['Record already exists'] });
    expect(seen).toHaveLength(2);
    expect(await seen[1]!.json()).toEqual({ id: 't1' });
  });

  it('repeats PATCH and DELETE, which are idempotent', async () => {
    const patched: Request[] = [];
    server.use(
      http.patch(`${BASE}/rest/tasks/t1`, ({ request }) => {
        patched.push(request);
        return patched.length === 1 ? HttpResponse.error() : HttpResponse.json({ data: 2 });
      }),
    );
    await expect(
      client().request({ method: 'PATCH', path: '/rest/tasks/t1', body: { title: 'y' } }),
    ).resolves.toEqual({ data: 2 });
    expect(patched).toHaveLength(2);
  });

  it('repeats any request answered 429, writes too: the server acted on none of them', async () => {
    const seen = answer(
      'post',
      '/rest/tasks',
      json({ messages: ['Limit reached (100 tokens per 60000 ms)'] }, 429),
      json({ data: { createTask: { id: 'x' } } }, 201),
    );
    await expect(
      client().request({ method: 'POST', path: '/rest/tasks', body: { title: 'no id' } }),
    ).resolves.toEqual({ data: { createTask: { id: 'x' } } });
    expect(seen).toHaveLength(2);
  });

  it('times out a request that never answers', async () => {
    server.use(
      http.get(`${BASE}/rest/slow`, async () => {
        await delay('infinite');
        return HttpResponse.json({});
      }),
    );
    const error = await client({ timeoutMs: 20, maxAttempts: 1 })
      .request({ method: 'GET', path: '/rest/slow' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NetworkError);
    expect(error).toMatchObject({ reason: 'timeout' });
  });

  it('stops at once when the caller aborts, without retrying', async () => {
    const seen: Request[] = [];
    server.use(
      http.get(`${BASE}/rest/slow`, async ({ request }) => {
        seen.push(request);
        await delay('infinite');
        return HttpResponse.json({});
      }),
    );
    const controller = new AbortController();
    const pending = client().request({
      method: 'GET',
      path: '/rest/slow',
      signal: controller.signal,
    });
    await delay(5);
    controller.abort();
    const error = await pending.catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'AbortError' });
    expect(seen).toHaveLength(1);
  });

  it('turns a 200 that is not JSON into a format error naming the object', async () => {
    answer(
      'get',
      '/rest/tasks',
      () => new HttpResponse('<!doctype html><html></html>', { status: 200 }),
    );
    await expect(client().request({ method: 'GET', path: '/rest/tasks' })).rejects.toEqual(
      new ResponseFormatError('tasks', ['the body is not JSON']),
    );
  });

  it('refuses a base URL that is not http(s) without sending anything', async () => {
    await expect(
      createHttpClient({ baseUrl: 'ftp://x', apiKey: KEY }).request({
        method: 'GET',
        path: '/rest/tasks',
      }),
    ).rejects.toThrow(/not a valid http\(s\) URL/);
  });
});
