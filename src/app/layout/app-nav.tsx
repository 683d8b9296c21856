import type { ReactNode } from 'react';
import { Link, useLocation } from 'react-router-dom';
import { useBackend } from '@/backends/backend-context';
import { paths } from '@/config/paths';
import styles from './app-layout.module.css';
import { offersListView, offersMyTasks } from '@/features/tasks/capability-views';
import {
  CompaniesIcon,
  MineIcon,
  OpportunitiesIcon,
  PeopleIcon,
  SettingsIcon,
  TasksIcon,
} from './nav-icons';
import { OVERDUE_BADGE_ID, OverdueBadge } from './overdue-badge';

type NavItem = {
  label: string;
  to: string;
  icon: ReactNode;
  matches: (pathname: string) => boolean;
  /** Record lists: shown only when the backend can list records. */
  records?: true;
  /** My tasks: shown only when the backend has members and an assignee filter. */
  mine?: true;
};

const under = (base: string) => (pathname: string) =>
  pathname === base || pathname.startsWith(`${base}/`);

// The board is also the home page, so "/" marks Tasks as current.
const items: NavItem[] = [
  {
    label: 'Tasks',
    to: paths.tasks(),
    icon: <TasksIcon />,
    matches: (p) => p === paths.home() || under(paths.tasks())(p),
  },
  {
    label: 'Mine',
    mine: true,
    to: paths.mine(),
    icon: <MineIcon />,
    matches: under(paths.mine()),
  },
  {
    label: 'People',
    records: true,
    to: paths.records('person'),
    icon: <PeopleIcon />,
    matches: under(paths.records('person')),
  },
  {
    label: 'Companies',
    records: true,
    to: paths.records('company'),
    icon: <CompaniesIcon />,
    matches: under(paths.records('company')),
  },
  {
    label: 'Opportunities',
    records: true,
    to: paths.records('opportunity'),
    icon: <OpportunitiesIcon />,
    matches: under(paths.records('opportunity')),
  },
  {
    label: 'Settings',
    to: paths.settings(),
    icon: <SettingsIcon />,
    matches: under(paths.settings()),
  },
];

export function AppNav() {
  const { pathname } = useLocation();
  const { capabilities } = useBackend();
  const shown = items.filter(
    (item) =>
      (!item.records || capabilities.canBrowseRecords) &&
      (!item.mine || offersMyTasks(capabilities)),
  );
  const badge = offersListView(capabilities);
  return (
    <nav aria-label="Main" className={styles.nav}>
      <ul className={styles.navList}>
        {shown.map((item) => {
          const current = item.matches(pathname);
          return (
            <li
              key={item.to}
              className={item.label === 'Settings' ? styles.navSettings : undefined}
            >
              <Link
                to={item.to}
                className={styles.navLink}
                aria-current={current ? 'page' : undefined}
                aria-describedby={badge && item.label === 'Tasks' ? OVERDUE_BADGE_ID : undefined}
              >
                {item.icon}
                <span>{item.label}</span>
                {badge && item.label === 'Tasks' ? <OverdueBadge /> : null}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
