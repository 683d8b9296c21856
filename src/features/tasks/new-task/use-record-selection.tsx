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
  const toggle = useCallback((record: RecordSummary, on: boolean) => {
    setSelected((current) => {
      const rest = current.filter((r) => targetKey(r) !== targetKey(record));
      return on ? [...rest, record] : rest;
    });
  }, []);
  const value = useMemo<Selection>(() => {
    const ids = new Set(selected.map((r) => r.id));
    return {
      kind,
      selected,
      isSelected: (id) => ids.has(id),
      toggle,
      clear: () => setSelected([]),
    };
  }, [kind, selected, toggle]);
  return <SelectionContext.Provider value={value}>{children}</SelectionContext.Provider>;
}

export function useRecordSelection(): Selection | null {
  return useContext(SelectionContext);
}
