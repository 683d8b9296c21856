import { useEffect, useRef, useState } from 'react';
import { Button } from '@/components/ui/button';
import styles from './task-column.module.css';

/**
 * Loads the next page when the end of the column scrolls into view, and as a button for
 * anyone who would rather click (or where IntersectionObserver is missing).
 */
export function LoadMore({
  onLoad,
  loading,
  auto,
  remaining,
}: {
  onLoad: () => void;
  loading: boolean;
  /** Off after a failed page, so a broken network is not asked again and again. */
  auto: boolean;
  remaining: number | null;
}) {
  const sentinel = useRef<HTMLDivElement>(null);
  const [inView, setInView] = useState(false);

  useEffect(() => {
    const node = sentinel.current;
    if (!node || typeof IntersectionObserver === 'undefined') return undefined;
    const observer = new IntersectionObserver(
      (entries) => setInView(entries.some((entry) => entry.isIntersecting)),
      { rootMargin: '0px 0px 240px 0px' },
    );
    observer.observe(node);
    return () => observer.disconnect();
  }, []);

  // Still in view after a page landed (a short column, or a filter hiding most cards): go on.
  useEffect(() => {
    if (inView && auto && !loading) onLoad();
  }, [inView, auto, loading, onLoad]);

  return (
    <div ref={sentinel} className={styles.loadMore}>
      <Button variant="ghost" size="sm" onClick={onLoad} disabled={loading}>
        {loading ? 'Loading…' : remaining ? `Load more (${remaining} left)` : 'Load more'}
      </Button>
    </div>
  );
}
