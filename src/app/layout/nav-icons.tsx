import type { ReactNode } from 'react';

// Small stroke icons for the navigation; decorative, the label names the link.

function Icon({ children }: { children: ReactNode }) {
  return (
    <svg
      aria-hidden="true"
      focusable="false"
      width="16"
      height="16"
      viewBox="0 0 16 16"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.5"
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      {children}
    </svg>
  );
}

export const TasksIcon = () => (
  <Icon>
    <rect x="2" y="2.5" width="12" height="11" rx="2" />
    <path d="M5 8l2 2 4-4" />
  </Icon>
);

export const PeopleIcon = () => (
  <Icon>
    <circle cx="8" cy="5.5" r="2.5" />
    <path d="M3 13.5c.6-2.4 2.6-3.8 5-3.8s4.4 1.4 5 3.8" />
  </Icon>
);

export const CompaniesIcon = () => (
  <Icon>
    <path d="M2.5 13.5h11M4 13.5V3.5h5v10M9 6.5h3v7" />
    <path d="M6 6h1M6 8.5h1M6 11h1" />
  </Icon>
);

export const OpportunitiesIcon = () => (
  <Icon>
    <path d="M2.5 12.5l4-4 2.5 2.5 4.5-5" />
    <path d="M10 6h3.5v3.5" />
  </Icon>
);

export const SettingsIcon = () => (
  <Icon>
    <circle cx="8" cy="8" r="2" />
    <path d="M8 1.8v1.7M8 12.5v1.7M1.8 8h1.7M12.5 8h1.7M3.6 3.6l1.2 1.2M11.2 11.2l1.2 1.2M3.6 12.4l1.2-1.2M11.2 4.8l1.2-1.2" />
  </Icon>
);

export const LogoMark = () => (
  <svg aria-hidden="true" focusable="false" width="22" height="22" viewBox="0 0 32 32">
    <rect width="32" height="32" rx="7" fill="var(--color-accent)" />
    <path
      d="M9 16.5l4.5 4.5L23 11.5"
      fill="none"
      stroke="var(--color-accent-contrast)"
      strokeWidth="3.2"
      strokeLinecap="round"
      strokeLinejoin="round"
    />
  </svg>
);

export const MineIcon = () => (
  <Icon>
    <circle cx="8" cy="5" r="2.5" />
    <path d="M3.5 13.5c.5-2.2 2.3-3.5 4.5-3.5M10 12l1.5 1.5 3-3" />
  </Icon>
);
