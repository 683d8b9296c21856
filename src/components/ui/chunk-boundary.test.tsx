import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { MemoryRouter } from 'react-router-dom';
import { lazyComponent } from '@/lib/lazy-component';
import { ChunkBoundary } from './chunk-boundary';

function Greeting({ name }: { name: string }) {
  return <p>Hello {name}</p>;
}

function renderDeferred(load: () => Promise<typeof Greeting>) {
  const deferred = lazyComponent(load, (component) => component);
  render(
    <MemoryRouter>
      <ChunkBoundary title="Could not load the greeting" fallback={<p role="status">Loading…</p>}>
        <deferred.Component name="Ada" />
      </ChunkBoundary>
    </MemoryRouter>,
  );
  return deferred;
}

describe('ChunkBoundary with lazyComponent', () => {
  it('shows a loading state, then the part once its code is in', async () => {
    let arrive: (component: typeof Greeting) => void = () => {};
    renderDeferred(() => new Promise((resolve) => (arrive = resolve)));
    expect(screen.getByRole('status')).toHaveTextContent('Loading…');
    arrive(Greeting);
    expect(await screen.findByText('Hello Ada')).toBeInTheDocument();
  });

  it('turns a failed download into an alert whose Retry downloads again', async () => {
    let online = false;
    const load = vi.fn(async () => {
      if (!online) throw new TypeError('Failed to fetch dynamically imported module');
      return Greeting;
    });
    // React reports an error its boundary caught on the console; that one is expected here.
    const reported = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    renderDeferred(load);

    const alert = await screen.findByRole('alert');
    expect(String(reported.mock.calls[0]?.[1])).toMatch(/Failed to fetch dynamically imported/);
    expect(alert).toHaveTextContent('Could not load the greeting');
    const failedTries = load.mock.calls.length;
    online = true;
    await userEvent.setup().click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByText('Hello Ada')).toBeInTheDocument();
    expect(load).toHaveBeenCalledTimes(failedTries + 1);
  });

  it('downloads once when prefetched before the first render', async () => {
    const load = vi.fn(async () => Greeting);
    const deferred = lazyComponent(load, (component) => component);
    await deferred.prefetch();
    render(
      <ChunkBoundary title="Could not load the greeting" fallback={null}>
        <deferred.Component name="Bob" />
      </ChunkBoundary>,
    );
    expect(await screen.findByText('Hello Bob')).toBeInTheDocument();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('draws code that is already in on the first render, without a loading state', async () => {
    const deferred = lazyComponent(
      async () => Greeting,
      (component) => component,
    );
    await deferred.prefetch();
    render(
      <ChunkBoundary title="Could not load the greeting" fallback={<p role="status">Loading…</p>}>
        <deferred.Component name="Cy" />
      </ChunkBoundary>,
    );
    // Synchronously: a fallback first would hold the part back by React's Suspense throttle.
    expect(screen.getByText('Hello Cy')).toBeInTheDocument();
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });

  it('keeps the state of a part that mounted before its code arrived', async () => {
    function Counter() {
      const [count, setCount] = useState(0);
      return <button onClick={() => setCount((n) => n + 1)}>Clicked {count}</button>;
    }
    let arrive: (component: typeof Counter) => void = () => {};
    const deferred = lazyComponent<typeof Counter, object>(
      () => new Promise((resolve) => (arrive = resolve)),
      (component) => component,
    );
    function Host() {
      const [, rerender] = useState(0);
      return (
        <>
          <button onClick={() => rerender((n) => n + 1)}>Re-render</button>
          <ChunkBoundary title="Could not load the counter" fallback={null}>
            <deferred.Component />
          </ChunkBoundary>
        </>
      );
    }
    render(<Host />);
    arrive(Counter);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Clicked 0' }));
    await user.click(screen.getByRole('button', { name: 'Re-render' }));
    expect(screen.getByRole('button', { name: 'Clicked 1' })).toBeInTheDocument();
  });
});
