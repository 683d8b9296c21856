import { paths } from '@/config/paths';

/** The task editor (issue 4) lives under the board's URL. */
export const taskHref = (id: string) => `${paths.tasks()}/${encodeURIComponent(id)}`;
