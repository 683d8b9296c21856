import { useQueryErrorResetBoundary } from '@tanstack/react-query';
import { Component, Suspense, type ReactNode } from 'react';
import { useLocation } from 'react-router-dom';
import { retryFailedDownloads } from '@/lib/lazy-component';
import { AppLoading } from './layout/app-loading';
import { RouteErrorView, type BackLink } from './route-error';

type Props = {
  children: ReactNode;
  back?: BackLink;
  /** A new value (another address) clears a caught error: the next page gets its own chance. */
  resetKey: string;
  /** Lets failed queries fetch again when the page renders anew. */
  onReset: () => void;
};

type State = { error: unknown; key: string };

/**
 * Around one page, inside the app's frame (the navigation stays): a loading state while the
 * page's code downloads, and the route error with Retry if that download, or the page, fails.
 * A page whose code failed to download is downloaded again on Retry, and by itself as soon as
 * the browser is back online (lazyComponent starts a fresh download after a failure).
 */
class RouteBoundaryInner extends Component<Props, State> {
  state: State = { error: null, key: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.resetKey === state.key ? null : { error: null, key: props.resetKey };
  }

  componentDidMount() {
    window.addEventListener('online', this.retry);
  }

  componentWillUnmount() {
    window.removeEventListener('online', this.retry);
  }

  retry = () => {
    if (this.state.error === null) return;
    retryFailedDownloads();
    this.props.onReset();
    this.setState({ error: null });
  };

  render() {
    if (this.state.error !== null) {
      return (
        <RouteErrorView error={this.state.error} back={this.props.back} onRetry={this.retry} />
      );
    }
    return <Suspense fallback={<AppLoading />}>{this.props.children}</Suspense>;
  }
}

export function RouteBoundary({ children, back }: { children: ReactNode; back?: BackLink }) {
  const { pathname, search } = useLocation();
  const { reset } = useQueryErrorResetBoundary();
  return (
    <RouteBoundaryInner back={back} resetKey={`${pathname}${search}`} onReset={reset}>
      {children}
    </RouteBoundaryInner>
  );
}
