import type { CSSProperties, ReactNode } from 'react';
import styles from './skeleton.module.css';
import { VisuallyHidden } from './visually-hidden';

type Size = number | string;
const toCss = (size: Size | undefined) => (typeof size === 'number' ? `${size}px` : size);

/** A grey placeholder the shape of content that is loading. Decorative: wrap it in LoadingState. */
export function Skeleton({
  width = '100%',
  height = 14,
  radius,
  className,
}: {
  width?: Size;
  height?: Size;
  radius?: Size;
  className?: string;
}) {
  const style: CSSProperties = { width: toCss(width), height: toCss(height) };
  if (radius !== undefined) style.borderRadius = toCss(radius);
  return (
    <span
      aria-hidden="true"
      className={[styles.skeleton, className].filter(Boolean).join(' ')}
      style={style}
    />
  );
}

/** Announces "loading" to assistive technology while showing skeletons to everyone else. */
export function LoadingState({
  label,
  children,
  className,
}: {
  label: string;
  children: ReactNode;
  className?: string;
}) {
  return (
    <div role="status" aria-live="polite" aria-busy="true" className={className}>
      <VisuallyHidden>{label}</VisuallyHidden>
      {children}
    </div>
  );
}
