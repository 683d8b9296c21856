import type { ReactNode } from 'react';
import { Link, useLocation } from 'react-router-dom';
import { paths } from '@/config/paths';
import styles from './app-layout.module.css';
import { CompaniesIcon, OpportunitiesIcon, PeopleIcon, SettingsIcon, TasksIcon } from './nav-icons';

type NavItem = {
  label: string;
  to: string;
  icon: ReactNode;
  matches: (pathname: string) => boolean;
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
    label: 'People',
    to: paths.records('person'),
    icon: <PeopleIcon />,
    matches: under(paths.records('person')),
  },
  {
    label: 'Companies',
    to: paths.records('company'),
    icon: <CompaniesIcon />,
    matches: under(paths.records('company')),
  },
  {
    label: 'Opportunities',
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
  return (
    <nav aria-label="Main" className={styles.nav}>
      <ul className={styles.navList}>
        {items.map((item) => {
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
              >
                {item.icon}
                <span>{item.label}</span>
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
