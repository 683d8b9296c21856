import { formatRelative } from '../format-times';

/** "5 minutes ago", with the full date and time on hover and for machines. */
export function RelativeTime({ iso }: { iso: string }) {
  const shown = formatRelative(iso);
  if (!shown) return <span>Unknown</span>;
  return (
    <time dateTime={iso} title={shown.full}>
      {shown.relative}
    </time>
  );
}
