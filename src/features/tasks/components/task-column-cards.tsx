import {
  defaultRangeExtractor,
  observeElementRect,
  useVirtualizer,
  useWindowVirtualizer,
  type Range,
  type Rect,
  type Virtualizer,
} from '@tanstack/react-virtual';
import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
  type FocusEvent,
} from 'react';
import {
  TASK_STATUSES,
  type Page,
  type RecordKind,
  type Task,
  type TaskStatus,
} from '@/domain/types';
import { pendingTaskFocus, subscribeTaskFocus } from '@/components/task-focus/task-focus';
import { PHONE_QUERY, useMediaQuery } from '@/lib/use-media-query';
import { CARD_FOCUS_SELECTOR, useBoardNav } from './board-nav';
import { isLinkedTo } from '../task-matching';
import { ColumnPage, type Slot } from './column-page';
import { useSelectableTasks } from '../bulk/use-task-selection';
import styles from './task-column.module.css';

// A column's cards, virtualised: only the cards in (and a few around) the column's scroll window
// are in the DOM, so a column of thousands stays a few dozen cards. Cards vary in height (chips
// wrap), so each is measured once drawn. A focused card, and the card being dragged, stay drawn
// when they scroll out of the window, so focus and a keyboard drag are never lost.

const ESTIMATED_CARD_HEIGHT = 92;
/** Matches the gap between cards in task-column.module.css (--space-2). */
const CARD_GAP = 8;
const OVERSCAN = 6;
/** The next page is asked for while this many loaded cards are still below the window. */
const PREFETCH_DISTANCE = 24;

const NO_SLOTS: readonly Slot[] = [];
const INITIAL_RECT: Rect = {
  width: 0,
  height: typeof window === 'undefined' ? ESTIMATED_CARD_HEIGHT * 8 : window.innerHeight,
};

/** A scroller not laid out (yet) reports no height: draw a screenful rather than no card. */
function observeScrollerRect(
  instance: Virtualizer<HTMLElement, Element>,
  onRect: (rect: Rect) => void,
) {
  return observeElementRect(instance, (rect) =>
    onRect(rect.height > 0 ? rect : { width: rect.width, height: window.innerHeight }),
  );
}

type Props = {
  status: TaskStatus;
  pages: readonly Page<Task>[];
  /** A stable key per page (its cursor). */
  pageKeys: readonly string[];
  linked: RecordKind | null;
  /** How many tasks the column holds, for aria-setsize; -1 while unknown. */
  setSize: number;
  scroller: HTMLElement | null;
  /** The task being dragged, kept drawn wherever the column is scrolled. */
  pinnedTaskId: string | null;
  busy: boolean;
  /** Called while the window is near the last loaded card (and again as it moves). */
  onNearEnd: () => void;
  onStatusChange: (task: Task, status: TaskStatus) => void;
  /** Not the column a phone shows. */
  offPhone?: boolean;
};

export function TaskColumnCards({
  status,
  pages,
  pageKeys,
  linked,
  setSize,
  scroller,
  pinnedTaskId,
  busy,
  onNearEnd,
  onStatusChange,
  offPhone = false,
}: Props) {
  const shownPerPage = useMemo(
    () =>
      pages.map((page) =>
        linked ? page.items.filter((task) => isLinkedTo(task, linked)) : page.items,
      ),
    [pages, linked],
  );
  const pageScroll = useMediaQuery(PHONE_QUERY);
  // Every loaded card, not only those drawn: "select all" and shift-ranges take them all. A
  // phone shows one column: the others' cards are not in view there.
  const shown = useMemo(
    () => (pageScroll && offPhone ? [] : shownPerPage.flat()),
    [shownPerPage, pageScroll, offPhone],
  );
  useSelectableTasks(`board:${status}`, TASK_STATUSES.indexOf(status), shown);
  const { offsets, ids } = useMemo(() => {
    const starts: number[] = [];
    const all: string[] = [];
    for (const tasks of shownPerPage) {
      starts.push(all.length);
      for (const task of tasks) all.push(task.id);
    }
    return { offsets: starts, ids: all };
  }, [shownPerPage]);

  const [focusedId, setFocusedId] = useState<string | null>(null);
  // A card that is to take the focus (it just moved here, or its panel just closed) is drawn
  // and scrolled to, wherever the column is scrolled.
  const focusRequest = useSyncExternalStore(subscribeTaskFocus, pendingTaskFocus);
  const requestedId = focusRequest?.taskId ?? null;
  // A card the keyboard moves to: drawn at once (wherever the window is), then scrolled to and
  // focused once it is in the DOM.
  const [focusTarget, setFocusTarget] = useState<string | null>(null);
  const pinned = useMemo(() => {
    const indexes = new Set<number>();
    for (const id of [focusedId, pinnedTaskId, requestedId, focusTarget]) {
      const index = id === null ? -1 : ids.indexOf(id);
      if (index >= 0) indexes.add(index);
    }
    return [...indexes];
  }, [ids, focusedId, pinnedTaskId, requestedId, focusTarget]);
  const rangeExtractor = useCallback(
    (range: Range) => {
      const drawn = defaultRangeExtractor(range);
      const extra = pinned.filter((index) => !drawn.includes(index));
      return extra.length === 0 ? drawn : [...drawn, ...extra].sort((a, b) => a - b);
    },
    [pinned],
  );

  const list = useRef<HTMLDivElement>(null);
  // On a phone the page is the only scroller (no column scrolling inside it), so the window is
  // the page's; elsewhere each column scrolls on its own.
  // Where the list starts inside its scroller (the column's padding, or the page above it), so
  // the window is computed from it.
  const [scrollMargin, setScrollMargin] = useState(0);
  useLayoutEffect(() => {
    const node = list.current;
    if (!node) return;
    const margin = pageScroll
      ? Math.round(node.getBoundingClientRect().top + window.scrollY)
      : node.offsetTop;
    setScrollMargin(margin);
  }, [pageScroll, scroller, ids.length, busy]);

  const options = {
    count: ids.length,
    estimateSize: () => ESTIMATED_CARD_HEIGHT,
    getItemKey: (index: number) => ids[index] ?? index,
    overscan: OVERSCAN,
    gap: CARD_GAP,
    scrollMargin,
    rangeExtractor,
    // Until the scroller reports its size (a ResizeObserver, a frame later), a screenful: the
    // first cards then draw in the same commit as their data, not a frame after it.
    initialRect: INITIAL_RECT,
    // Each card is measured as it mounts; with flushSync every measure re-rendered the column
    // at once and the next measure had to lay the page out again (56 ms of a 1,000-task board's
    // first paint). Updates from a commit still land before the browser paints.
    useFlushSync: false,
  };
  // The build has no React Compiler, and the virtualizer re-renders this component itself.
  // eslint-disable-next-line react-hooks/incompatible-library -- see above
  const columnVirtualizer = useVirtualizer({
    ...options,
    enabled: !pageScroll,
    getScrollElement: () => scroller,
    observeElementRect: observeScrollerRect,
  });
  const pageVirtualizer = useWindowVirtualizer({ ...options, enabled: pageScroll });
  const virtualizer = pageScroll ? pageVirtualizer : columnVirtualizer;

  const nav = useBoardNav();
  const idsRef = useRef(ids);
  useLayoutEffect(() => {
    idsRef.current = ids;
  });
  useEffect(
    () => nav?.register(status, { ids: () => idsRef.current, focus: setFocusTarget }),
    [nav, status],
  );
  useLayoutEffect(() => {
    if (focusTarget === null) return;
    const index = ids.indexOf(focusTarget);
    const node = list.current?.querySelector<HTMLElement>(
      `[data-task-id="${CSS.escape(focusTarget)}"] ${CARD_FOCUS_SELECTOR}`,
    );
    if (index < 0 || !node) {
      if (index < 0) setFocusTarget(null);
      return;
    }
    setFocusTarget(null);
    node.focus({ preventScroll: true });
    // Scrolled after focusing: the card is pinned by focus from here on, wherever it lands. The
    // virtualizer scrolls, not the DOM: the cards above may still be unmeasured, and it keeps
    // correcting until the card's real offset is in view.
    virtualizer.scrollToIndex(index, { align: 'auto' });
  }, [focusTarget, ids, virtualizer]);

  const requestedIndex = requestedId === null ? -1 : ids.indexOf(requestedId);
  useEffect(() => {
    if (requestedIndex >= 0) virtualizer.scrollToIndex(requestedIndex, { align: 'auto' });
  }, [requestedIndex, virtualizer]);

  const endIndex = virtualizer.range?.endIndex ?? -1;
  useEffect(() => {
    if (ids.length - 1 - endIndex <= PREFETCH_DISTANCE) onNearEnd();
  }, [endIndex, ids.length, onNearEnd]);

  const slotsPerPage = new Map<number, Slot[]>();
  let page = 0;
  for (const item of virtualizer.getVirtualItems()) {
    while (page + 1 < offsets.length && (offsets[page + 1] ?? Infinity) <= item.index) page += 1;
    const slots = slotsPerPage.get(page) ?? [];
    slots.push({ index: item.index, start: item.start - scrollMargin });
    slotsPerPage.set(page, slots);
  }

  const onFocus = useCallback((event: FocusEvent<HTMLDivElement>) => {
    const slot = event.target.closest<HTMLElement>('[data-task-id]');
    setFocusedId(slot?.dataset.taskId ?? null);
  }, []);
  const onBlur = useCallback((event: FocusEvent<HTMLDivElement>) => {
    const next = event.relatedTarget;
    if (next instanceof Node && event.currentTarget.contains(next)) return;
    // Focus leaving the window (another app, devtools) comes back to the same card.
    if (next === null && !document.hasFocus()) return;
    setFocusedId(null);
  }, []);

  return (
    <div
      ref={list}
      className={styles.cards}
      style={{ height: virtualizer.getTotalSize() }}
      aria-busy={busy || undefined}
      onFocus={onFocus}
      onBlur={onBlur}
    >
      {pages.map((_, index) => (
        <ColumnPage
          key={pageKeys[index] ?? index}
          tasks={shownPerPage[index] ?? []}
          visible={slotsPerPage.get(index) ?? NO_SLOTS}
          offset={offsets[index] ?? 0}
          setSize={setSize}
          measure={virtualizer.measureElement}
          onStatusChange={onStatusChange}
        />
      ))}
    </div>
  );
}
