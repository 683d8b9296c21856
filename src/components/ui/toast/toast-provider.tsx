import {
  Component,
  Suspense,
  useEffect,
  useMemo,
  useState,
  useSyncExternalStore,
  type ReactNode,
} from 'react';
import { lazyComponent, whenIdle } from '@/lib/lazy-component';
import { ToastContext, type ToastApi, type ToastOptions } from './toast-context';
import { PlainToasts } from './plain-toasts';
import { createToastQueue, type AppToastQueue } from './toast-queue';
import { useUndoShortcut } from './use-undo-shortcut';

const DEFAULT_DURATION = 5000;
// Long enough to read the message, find the button and press it.
const DEFAULT_DURATION_WITH_ACTION = 10000;

const toaster = lazyComponent(
  () => import('./toaster'),
  (module) => module.Toaster,
);

/** One toast queue per app tree (no global store); the region loads with the first toast. */
export function ToastProvider({ children }: { children: ReactNode }) {
  const [queue] = useState(createToastQueue);
  const hasToasts = useSyncExternalStore(
    (onChange) => queue.subscribe(onChange),
    () => queue.visibleToasts.length > 0,
  );
  useUndoShortcut(queue);
  // Once shown, the region stays mounted, so a later toast never waits for a render.
  const [regionNeeded, setRegionNeeded] = useState(false);
  if (hasToasts && !regionNeeded) setRegionNeeded(true);
  // Fetched while the browser is idle, so that the first toast shows without a wait.
  useEffect(() => whenIdle(() => void toaster.prefetch().catch(() => undefined)), []);

  const api = useMemo<ToastApi>(
    () => ({
      show: ({ duration, tone = 'neutral', ...content }: ToastOptions) =>
        queue.add(
          { ...content, tone },
          {
            timeout: duration ?? (content.action ? DEFAULT_DURATION_WITH_ACTION : DEFAULT_DURATION),
          },
        ),
      dismiss: (id: string) => queue.close(id),
    }),
    [queue],
  );

  return (
    <ToastContext.Provider value={api}>
      {children}
      {regionNeeded ? (
        <ToasterBoundary queue={queue}>
          <Suspense fallback={null}>
            <toaster.Component queue={queue} />
          </Suspense>
        </ToasterBoundary>
      ) : null}
    </ToastContext.Provider>
  );
}

/** Sits above the router, so a failed download must not take the app down with it. */
class ToasterBoundary extends Component<
  { queue: AppToastQueue; children: ReactNode },
  { failed: boolean }
> {
  state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  render() {
    return this.state.failed ? <PlainToasts queue={this.props.queue} /> : this.props.children;
  }
}
