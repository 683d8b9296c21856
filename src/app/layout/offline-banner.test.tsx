import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import { TaskBoardPage } from '@/app/routes/board-page';
import { createFakeDalilApi, uuid, type FakeDalilApi } from '@/testing/fake-dalil-api';
import { server } from '@/testing/msw-server';
import { renderWithProviders } from '@/testing/test-utils';
import { OfflineBanner } from './offline-banner';

// The board with the app-level banner above it, against a fake server that can go away: every
// request then fails at the network level, as fetch does when nothing listens on the port.

const CALL_ADA = uuid(1, 'b');

let api: FakeDalilApi;
beforeEach(() => {
  api = createFakeDalilApi();
  api.task(CALL_ADA, { title: 'Call Ada' });
  api.task(uuid(2, 'b'), { title: 'Email Bob', status: 'IN_PROGRESS' });
  api.listen();
});

const serverDown = () => server.use(http.all('*/rest/*', () => HttpResponse.error()));
const serverBack = () => {
  server.resetHandlers();
  api.listen();
};

const column = (name: string) => screen.getByRole('region', { name });

function renderBoard() {
  return renderWithProviders(
    <>
      <OfflineBanner />
      <TaskBoardPage />
    </>,
    { path: '/tasks', route: '/tasks' },
  );
}

async function moveToDone(user: ReturnType<typeof renderBoard>['user'], title: string) {
  const card = await within(column('To do')).findByRole('article', { name: title });
  await user.click(within(card).getByRole('button', { name: /Change status/ }));
  await user.click(await screen.findByRole('menuitemradio', { name: 'Done' }));
}

describe('OfflineBanner', () => {
  it(
    'says the server is away and what waits, keeps the change on screen, and recovers by itself',
    { timeout: 30000 },
    async () => {
      const { user } = renderBoard();
      await within(column('To do')).findByRole('article', { name: 'Call Ada' });
      serverDown();
      await moveToDone(user, 'Call Ada');

      const banner = await screen.findByText("Can't reach the tasklink server — retrying…");
      expect(banner.closest('p')).toHaveTextContent(
        '1 change waiting; it will be sent when the server is back.',
      );
      expect(screen.getByRole('button', { name: 'Retry now' })).toBeVisible();
      // The move stands, with no error, and the other cards stay.
      expect(within(column('Done')).getByRole('article', { name: 'Call Ada' })).toBeVisible();
      expect(
        within(column('In progress')).getByRole('article', { name: 'Email Bob' }),
      ).toBeVisible();
      expect(screen.queryByRole('alert')).toBeNull();
      expect(screen.queryByText(/Could not move/)).toBeNull();

      // The server returns; the browser's online event makes the app look at once. No click.
      serverBack();
      window.dispatchEvent(new Event('online'));
      await waitFor(() => expect(screen.queryByText(/Can't reach/)).toBeNull());
      await waitFor(() => expect(api.tasks.get(CALL_ADA)).toMatchObject({ status: 'DONE' }));
      expect(api.requests('PATCH', `/rest/tasks/${CALL_ADA}`).map((r) => r.body)).toEqual([
        { status: 'DONE' },
      ]);
      expect(screen.queryByRole('button', { name: 'Retry now' })).toBeNull();
    },
  );

  it('keeps the cards, with no error per column, when the filter changes while the server is away', async () => {
    const { user } = renderBoard();
    await within(column('To do')).findByRole('article', { name: 'Call Ada' });
    serverDown();
    await moveToDone(user, 'Call Ada');
    await screen.findByText("Can't reach the tasklink server — retrying…");

    await user.type(screen.getByRole('searchbox'), 'Bob');
    // The new search waits for the server instead of failing column by column.
    expect(await within(column('In progress')).findByText('Waiting for the server')).toBeVisible();
    expect(within(column('In progress')).getByRole('article', { name: 'Email Bob' })).toBeVisible();
    // The move's own toast (with its Undo) may show; no column shows an error.
    for (const name of ['To do', 'In progress', 'Done']) {
      expect(within(column(name)).queryByRole('alert')).toBeNull();
    }
    expect(api.calls(/Bob/)).toEqual([]);

    serverBack();
    window.dispatchEvent(new Event('online'));
    await waitFor(() => expect(within(column('Done')).queryByRole('article')).toBeNull());
    expect(within(column('In progress')).getByRole('article', { name: 'Email Bob' })).toBeVisible();
    expect(screen.queryByText('Waiting for the server')).toBeNull();
  });

  it('reads the board again after Retry now once the server is back', async () => {
    const { user } = renderBoard();
    serverDown();
    await moveToDone(user, 'Call Ada');
    expect(await screen.findByText("Can't reach the tasklink server — retrying…")).toBeVisible();

    // Changed on the server while the app was away: the app must show it after recovering.
    api.task(uuid(3, 'b'), { title: 'Added elsewhere' });
    serverBack();
    await user.click(screen.getByRole('button', { name: 'Retry now' }));

    expect(await within(column('To do')).findByRole('article', { name: 'Added elsewhere' }));
    expect(within(column('Done')).getByRole('article', { name: 'Call Ada' })).toBeVisible();
    expect(screen.queryByText(/Can't reach/)).toBeNull();
  });
});
