import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { server } from '@/testing/msw-server';
import { createDalilBackend } from './dalil-backend';
import { listBody, wireTask } from './wire-fixtures';

const BASE = 'https://crm.example.test';
const KEY = 'sk_secret_abcdefgh1234';
const probe = (kind: 'dalil' | 'embedded' = 'dalil') =>
  createDalilBackend({
    kind,
    baseUrl: kind === 'dalil' ? BASE : '',
    apiKey: KEY,
    http: { baseDelayMs: 1 },
  }).testConnection();
const origin = (kind: 'dalil' | 'embedded') => (kind === 'dalil' ? BASE : window.location.origin);

function answerTasks(kind: 'dalil' | 'embedded', respond: (req: Request) => Response) {
  const seen: Request[] = [];
  server.use(
    http.get(`${origin(kind)}/rest/tasks`, ({ request }) => {
      seen.push(request);
      return respond(request);
    }),
  );
  return seen;
}

describe('testConnection', () => {
  it('makes one cheap call and says what it found', async () => {
    const seen = answerTasks('dalil', () =>
      HttpResponse.json(listBody('tasks', [wireTask('t1')], { totalCount: 120 })),
    );
    await expect(probe()).resolves.toEqual({
      ok: true,
      summary: `Connected to ${BASE}: found 120 tasks.`,
    });
    const url = new URL(seen[0]!.url);
    expect(url.searchParams.get('limit')).toBe('1');
    expect(url.searchParams.get('depth')).toBe('0');
    expect(seen).toHaveLength(1);
  });

  it('connects to a server that gives no totalCount', async () => {
    answerTasks('embedded', () => HttpResponse.json({ data: { tasks: [] } }));
    await expect(probe('embedded')).resolves.toEqual({
      ok: true,
      summary: 'Connected to the embedded backend: the tasks endpoint answers.',
    });
  });

  it.each([401, 403])('reports a wrong key on %i without showing the key', async (status) => {
    answerTasks('dalil', () =>
      HttpResponse.json({ statusCode: status, messages: [`bad key ${KEY}`] }, { status }),
    );
    const report = await probe();
    expect(report).toMatchObject({ ok: false, reason: 'unauthorized' });
    expect(JSON.stringify(report)).not.toContain(KEY);
  });

  it('tells the embedded user where the key comes from', async () => {
    answerTasks('embedded', () =>
      HttpResponse.json({ messages: ['Missing API key'] }, { status: 401 }),
    );
    const report = await probe('embedded');
    expect(report.ok === false && report.message).toMatch(/link that `npm start` printed/);
  });

  it('reports a 404 as no Dalil REST API at this URL', async () => {
    answerTasks('dalil', () => new HttpResponse('Not Found', { status: 404 }));
    await expect(probe()).resolves.toMatchObject({
      ok: false,
      reason: 'not-found',
      message: expect.stringMatching(/No Dalil REST API at this URL.*check the base URL/),
    });
  });

  it('explains an unreachable or CORS-blocked server in plain words, after one try', async () => {
    const seen = answerTasks('dalil', () => HttpResponse.error());
    const report = await probe();
    expect(report).toMatchObject({ ok: false, reason: 'unreachable' });
    expect(report.ok === false && report.message).toMatch(
      /offline.*wrong.*does not allow requests from this site \(CORS\)/,
    );
    expect(seen).toHaveLength(1);
  });

  it('recognises a web page where the API should be', async () => {
    answerTasks('dalil', () => HttpResponse.html('<!doctype html><title>Welcome</title>'));
    await expect(probe()).resolves.toMatchObject({
      ok: false,
      reason: 'bad-format',
      message: expect.stringMatching(/not like a Dalil REST API/),
    });
  });

  it('recognises JSON of the wrong shape and names the field', async () => {
    answerTasks('dalil', () => HttpResponse.json({ data: { records: [] } }));
    await expect(probe()).resolves.toMatchObject({
      ok: false,
      reason: 'bad-format',
      message: expect.stringContaining('data.tasks'),
    });
  });

  it('reports a server error with its status', async () => {
    answerTasks('dalil', () =>
      HttpResponse.json({ messages: ['database is down'] }, { status: 500 }),
    );
    await expect(probe()).resolves.toMatchObject({
      ok: false,
      reason: 'server-error',
      message: expect.stringMatching(/\(500\): database is down/),
    });
  });
});
