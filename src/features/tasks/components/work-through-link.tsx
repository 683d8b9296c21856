import { Link, useLocation } from 'react-router-dom';
import { buttonClass } from '@/components/ui/button';
import { paths } from '@/config/paths';

/** "Work through" the board's view one task at a time, with the same filters. */
export function WorkThroughLink() {
  const { search } = useLocation();
  return (
    <Link to={paths.queue(search)} className={buttonClass('secondary', 'md')}>
      Work through
    </Link>
  );
}
