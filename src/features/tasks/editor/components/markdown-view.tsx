import { useMemo, type ReactNode } from 'react';
import Markdown, { type Components } from 'react-markdown';
import styles from './markdown-view.module.css';
import { useRemoteImages } from './remote-images-store';

// Markdown as the description's reader sees it. react-markdown never lets raw HTML through
// (it turns it into text) and drops javascript: links; no rehype-raw, ever: a description is
// text anyone with the API key may have written. Images wait for the reader's say-so (see
// remote-images-store.ts): until then each shows as a button naming its host.

type Level = 1 | 2 | 3 | 4 | 5 | 6;
const clampLevel = (level: number) => Math.min(6, Math.max(1, level)) as Level;

function imageHost(src: string | undefined): string {
  if (!src) return 'unknown address';
  try {
    return new URL(src, window.location.href).host;
  } catch {
    return 'unknown address';
  }
}

function heading(level: Level) {
  const Tag = `h${level}` as const;
  return function Heading({ children, id }: { children?: ReactNode; id?: string }) {
    return (
      <Tag id={id} className={styles.h}>
        {children}
      </Tag>
    );
  };
}

/**
 * A description's own headings sit under the editor's, so its "# Title" is demoted to the
 * level below `baseLevel` (the heading of the section it is in).
 */
export function MarkdownView({
  markdown,
  baseLevel = 3,
  imagesKey,
}: {
  markdown: string;
  baseLevel?: number;
  /** The task the text belongs to: the reader's choice to load its images is kept per task. */
  imagesKey?: string;
}) {
  const [imagesAllowed, allowImages] = useRemoteImages(imagesKey);
  const components = useMemo<Components>(
    () => ({
      img: ({ src, alt }) =>
        imagesAllowed && typeof src === 'string' ? (
          <img src={src} alt={alt ?? ''} className={styles.image} />
        ) : (
          <button type="button" className={styles.imageHold} onClick={allowImages}>
            Show image{alt ? ` “${alt}”` : ''} from{' '}
            {imageHost(typeof src === 'string' ? src : undefined)}
          </button>
        ),
      // A link in a description leaves the app: it opens beside it, without window.opener.
      a: ({ href, title, children }) => (
        <a href={href} title={title} target="_blank" rel="noopener noreferrer">
          {children}
        </a>
      ),
      h1: heading(clampLevel(baseLevel + 1)),
      h2: heading(clampLevel(baseLevel + 2)),
      h3: heading(clampLevel(baseLevel + 3)),
      h4: heading(clampLevel(baseLevel + 4)),
      h5: heading(6),
      h6: heading(6),
    }),
    [baseLevel, imagesAllowed, allowImages],
  );
  return (
    <div className={styles.markdown}>
      <Markdown components={components}>{markdown}</Markdown>
    </div>
  );
}
