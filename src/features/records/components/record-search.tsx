import { useEffect, useId, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useDebounced } from '@/lib/use-debounced';
import { useStillOnPage } from '@/lib/use-still-on-page';
import styles from './record-list.module.css';

export const SEARCH_PARAM = 'q';
const DEBOUNCE_MS = 300;

/** The name search of a list. The URL (`?q=`) holds the search, so a view survives a reload. */
export function useRecordSearch(): string {
  const [params] = useSearchParams();
  return (params.get(SEARCH_PARAM) ?? '').trim();
}

export function RecordSearch({ label, placeholder }: { label: string; placeholder: string }) {
  const id = useId();
  const [params, setParams] = useSearchParams();
  const fromUrl = params.get(SEARCH_PARAM) ?? '';
  const [text, setText] = useState(fromUrl);
  const debounced = useDebounced(text, DEBOUNCE_MS);

  // The URL can change under the box (Back, "Clear search"): follow it, unless it is only
  // catching up with what was typed.
  const [seenInUrl, setSeenInUrl] = useState(fromUrl);
  if (fromUrl !== seenInUrl) {
    setSeenInUrl(fromUrl);
    if (fromUrl !== debounced.trim()) setText(fromUrl);
  }

  // What was typed belongs to this list: once the user has left it (a record opened within the
  // pause), the write is dropped rather than sent to the page they went to.
  const stillOnPage = useStillOnPage();
  useEffect(() => {
    const wanted = debounced.trim() === '' ? null : debounced;
    if (params.get(SEARCH_PARAM) === wanted || !stillOnPage()) return;
    const next = new URLSearchParams(params);
    if (wanted === null) next.delete(SEARCH_PARAM);
    else next.set(SEARCH_PARAM, wanted);
    setParams(next, { replace: true });
  }, [debounced, params, setParams, stillOnPage]);

  return (
    <div className={styles.search}>
      <label htmlFor={id} className={styles.searchLabel}>
        {label}
      </label>
      <input
        id={id}
        type="search"
        data-shortcut="search"
        aria-keyshortcuts="/"
        value={text}
        placeholder={placeholder}
        autoComplete="off"
        onChange={(event) => setText(event.target.value)}
        className={styles.searchInput}
      />
    </div>
  );
}
