import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import type { RecordKind, RecordSummary } from '@/domain/types';
import { targetKey } from './run-link-workflow';

// Records chosen with the checkboxes of a record list, for "New task for N selected". The
// list page provides it; the checkbox column and the action read it.

type Selection = {
  kind: RecordKind;
  selected: RecordSummary[];
  isSelected: (id: string) => boolean;
  toggle: (record: RecordSummary, on: boolean) => void;
  /** Selects or clears many records at once (select-all, a shift-range), keeping the order. */
  setMany: (records: readonly RecordSummary[], on: boolean) => void;
  clear: () => void;
};

const SelectionContext = createContext<Selection | null>(null);

export function RecordSelectionProvider({
  kind,
  children,
}: {
  kind: RecordKind;
  children: ReactNode;
}) {
  const [selected, setSelected] = useState<RecordSummary[]>([]);
  const setMany = useCallback((records: readonly RecordSummary[], on: boolean) => {
    setSelected((current) => {
      const keys = new Set(records.map(targetKey));
      const rest = current.filter((r) => !keys.has(targetKey(r)));
      return on ? [...rest, ...records] : rest;
    });
  }, []);
  const toggle = useCallback(
    (record: RecordSummary, on: boolean) => setMany([record], on),
    [setMany],
  );
  const value = useMemo<Selection>(() => {
    const ids = new Set(selected.map((r) => r.id));
    return {
      kind,
      selected,
      isSelected: (id) => ids.has(id),
      toggle,
      setMany,
      clear: () => setSelected([]),
    };
  }, [kind, selected, toggle, setMany]);
  return <SelectionContext.Provider value={value}>{children}</SelectionContext.Provider>;
}

export function useRecordSelection(): Selection | null {
  return useContext(SelectionContext);
}
