import { Component, Suspense, type ReactNode } from 'react';
import { retryFailedDownloads } from '@/lib/lazy-component';
import { ErrorState } from './error-state';

type Props = {
  /** Shown while the part's code downloads. */
  fallback: ReactNode;
  /** Names the part that failed, e.g. "Could not load the task editor". */
  title: string;
  compact?: boolean;
  children: ReactNode;
};

type State = { error: unknown };

/**
 * Around a part of the screen whose code loads on demand: a loading state while it arrives,
 * and an alert with Retry if the download fails (offline, or a deploy replaced the files),
 * instead of a blank or a broken page.
 */
export class ChunkBoundary extends Component<Props, State> {
  state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error };
  }

  render() {
    if (this.state.error !== null) {
      return (
        <ErrorState
          error={this.state.error}
          title={this.props.title}
          compact={this.props.compact}
          onRetry={() => {
            retryFailedDownloads();
            this.setState({ error: null });
          }}
        />
      );
    }
    return <Suspense fallback={this.props.fallback}>{this.props.children}</Suspense>;
  }
}
