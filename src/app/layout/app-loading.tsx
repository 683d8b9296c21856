import { LoadingState, Skeleton } from '@/components/ui/skeleton';
import styles from './app-loading.module.css';

/** Shown for the moment before the first page's code has arrived. */
export function AppLoading() {
  return (
    <LoadingState label="Loading tasklink" className={styles.loading}>
      <Skeleton width={160} height={20} />
      <Skeleton width="60%" height={14} />
      <Skeleton width="40%" height={14} />
    </LoadingState>
  );
}
