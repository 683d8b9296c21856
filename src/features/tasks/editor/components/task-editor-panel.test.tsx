import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { appRoutes } from '@/app/router';
import { createFakeDalilApi, uuid, type FakeDalilApi } from '@/testing/fake-dalil-api';
import { renderRoutes } from '@/testing/test-utils';

const TASK = uuid(1, 'b');
const ADA = uuid(1, 'a');

let api: FakeDalilApi;
beforeEach(() => {
  api = createFakeDalilApi();
  api.person(ADA, 'Ada Lovelace');
  api.task(TASK, { title: 'Call Ada' });
  api.task(uuid(2, 'b'), { title: 'Send the proposal' });
  api.link(TASK, { personId: ADA });
  api.link(uuid(2, 'b'), { personId: ADA });
  api.listen();
});

// Behind a modal panel the page is hidden from assistive technology, so it is queried with
// `hidden: true`: it is still there, unchanged.
const tasksPanel = () => screen.getByRole('region', { name: /^Tasks/, hidden: true });

async function openFromPersonPage() {
  const rendered = renderRoutes(appRoutes, { route: `/people/${ADA}` });
  const link = await within(await screen.findByRole('region', { name: /^Tasks/ })).findByRole(
    'link',
    { name: 'Call Ada' },
  );
  expect(link).toHaveAttribute('href', `/tasks/${TASK}`);
  await rendered.user.click(link);
  const panel = await screen.findByRole('dialog', { name: 'Call Ada' });
  return { ...rendered, panel };
}

describe('the task editor as a panel', () => {
  it('opens over the record page with the task URL shown, and Escape closes it back to the page', async () => {
    const { router, user, panel } = await openFromPersonPage();
    expect(router.state.location.pathname).toBe(`/people/${ADA}`);
    expect(router.state.location.mask?.pathname).toBe(`/tasks/${TASK}`);
    expect(
      screen.getByRole('heading', { level: 1, name: 'Ada Lovelace', hidden: true }),
    ).toBeInTheDocument();
    expect(await within(panel).findByRole('textbox', { name: 'Title' })).toHaveValue('Call Ada');

    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(router.state.location.pathname).toBe(`/people/${ADA}`);
    expect(router.state.location.mask).toBeUndefined();
    expect(screen.getByRole('heading', { level: 1, name: 'Ada Lovelace' })).toBeInTheDocument();
  });

  it('shows an edited title on the page behind it at once', async () => {
    const { user, panel } = await openFromPersonPage();
    const title = await within(panel).findByRole('textbox', { name: 'Title' });
    await user.clear(title);
    await user.type(title, 'Call Ada back{Enter}');

    expect(
      within(tasksPanel()).getByRole('link', { name: 'Call Ada back', hidden: true }),
    ).toBeInTheDocument();
    await waitFor(() => expect(api.tasks.get(TASK)?.title).toBe('Call Ada back'));
  });

  it('after a delete, closes and the task is gone from the record page', async () => {
    const { user, panel } = await openFromPersonPage();
    await user.click(await within(panel).findByRole('button', { name: 'Delete task' }));
    const confirm = screen.getByRole('alertdialog', { name: 'Delete task?' });
    expect(confirm).toHaveTextContent('Its links to 1 record go too.');
    await user.click(within(confirm).getByRole('button', { name: 'Delete task' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const tasks = screen.getByRole('region', { name: /^Tasks/ });
    expect(within(tasks).queryByRole('link', { name: 'Call Ada' })).not.toBeInTheDocument();
    expect(within(tasks).getByRole('link', { name: 'Send the proposal' })).toBeInTheDocument();
    expect(api.tasks.has(TASK)).toBe(false);
  });

  it('Escape first puts back a title being typed, and only a second Escape closes', async () => {
    const { user, panel } = await openFromPersonPage();
    const title = await within(panel).findByRole('textbox', { name: 'Title' });
    await user.type(title, ' and Grace');
    await user.keyboard('{Escape}');

    expect(screen.getByRole('dialog')).toBeInTheDocument();
    expect(title).toHaveValue('Call Ada');
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(api.calls(/^PATCH/)).toEqual([]);
  });

  it('Escape in the description saves it and keeps the panel open', async () => {
    const { user, panel } = await openFromPersonPage();
    await user.click(await within(panel).findByRole('button', { name: 'Add description' }));
    await user.type(within(panel).getByRole('textbox', { name: 'Description' }), 'Bring *notes*');
    await user.keyboard('{Escape}');

    expect(screen.getByRole('dialog')).toBeInTheDocument();
    expect((await within(panel).findByText('notes')).tagName).toBe('EM');
    expect(within(panel).getByRole('button', { name: 'Edit description' })).toHaveFocus();
    await waitFor(() =>
      expect(api.tasks.get(TASK)?.bodyV2).toEqual({ markdown: 'Bring *notes*', blocknote: null }),
    );
  });

  it('"Change" moves the focus into the replacement picker; Escape closes it before the panel', async () => {
    const { user, panel } = await openFromPersonPage();
    const change = await within(panel).findByRole('button', { name: 'Change Ada Lovelace' });
    await user.click(change);
    const replace = within(panel).getByRole('combobox', { name: 'Replace Ada Lovelace with' });
    await waitFor(() => expect(replace).toHaveFocus());
    // Nothing to remove in a replacement: no Backspace hint there.
    expect(replace).not.toHaveAccessibleDescription(/Backspace/);

    await user.keyboard('{Escape}');
    expect(screen.getByRole('dialog')).toBeInTheDocument();
    expect(
      within(panel).queryByRole('combobox', { name: 'Replace Ada Lovelace with' }),
    ).not.toBeInTheDocument();
    expect(change).toHaveFocus();

    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });
});
