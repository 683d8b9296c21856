import { useQueries } from '@tanstack/react-query';
import { useState, type KeyboardEvent } from 'react';
import {
  Collection,
  ComboBox,
  Header,
  Input,
  Label,
  ListBox,
  ListBoxItem,
  ListBoxSection,
  Popover,
  Text,
  type Key,
} from 'react-aria-components';
import { describeError } from '@/lib/describe-error';
import combobox from '@/components/ui/combobox.module.css';
import { RECORD_KINDS, type RecordKind, type RecordSummary } from '@/domain/types';
import { useBackend } from '@/backends/backend-context';
import { recordQueries } from '@/features/records/api/queries';
import { targetKey } from '../new-task/run-link-workflow';
import { useDebounced } from '@/lib/use-debounced';
import { RECORD_KIND_LABELS } from '@/domain/labels';
import { TargetChips } from './target-chips';
import styles from './target-picker.module.css';

export const SEARCH_DEBOUNCE_MS = 200;

type Section = { id: RecordKind; title: string; items: RecordSummary[] };

/**
 * "Link to": one combobox that searches people, companies and opportunities together (on the
 * server, by name), grouped by type. A chosen record becomes a chip; Backspace in the empty
 * box removes the last one. Already chosen records are left out of the results.
 */
export function TargetPicker({
  value,
  onChange,
  isDisabled = false,
  label = 'Link to',
}: {
  value: readonly RecordSummary[];
  onChange: (next: RecordSummary[]) => void;
  isDisabled?: boolean;
  label?: string;
}) {
  const backend = useBackend();
  const [input, setInput] = useState('');
  const search = useDebounced(input.trim(), SEARCH_DEBOUNCE_MS);
  const kinds = RECORD_KINDS.filter((k) => backend.capabilities.targetKinds.includes(k));
  const results = useQueries({
    queries: kinds.map((kind) => recordQueries.pick(backend, kind, search)),
  });

  const chosen = new Set(value.map(targetKey));
  const typed = input.trim() !== '';
  // Nothing typed, nothing offered: the list closes after a choice instead of showing old hits.
  const sections: Section[] = !typed
    ? []
    : kinds
        .map((kind, i) => ({
          id: kind,
          title: RECORD_KIND_LABELS[kind].plural,
          items: (results[i]?.data ?? []).filter((r) => !chosen.has(targetKey(r))),
        }))
        .filter((section) => section.items.length > 0);
  const byKey = new Map(sections.flatMap((s) => s.items.map((r) => [targetKey(r), r] as const)));

  const typing = input.trim() !== search;
  const searching = typing || results.some((r) => r.isFetching);
  const failures = results.flatMap((r, i) =>
    r.isError ? [`${RECORD_KIND_LABELS[kinds[i]!].plural}: ${describeError(r.error).title}`] : [],
  );

  const add = (key: Key | null) => {
    const record = key === null ? undefined : byKey.get(String(key));
    if (!record) return;
    onChange([...value, record]);
    setInput('');
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Backspace' && input === '' && value.length > 0) {
      onChange(value.slice(0, -1));
    }
  };

  const emptyText = searching
    ? 'Searching…'
    : failures.length > 0
      ? `Search failed (${failures.join('; ')}).`
      : `Nothing matches "${input.trim()}".`;

  return (
    <div className={styles.picker}>
      <ComboBox
        className={combobox.combo}
        inputValue={input}
        onInputChange={setInput}
        selectedKey={null}
        onSelectionChange={add}
        items={sections}
        menuTrigger="input"
        allowsEmptyCollection={typed}
        isDisabled={isDisabled}
      >
        <Label className={combobox.label}>{label}</Label>
        <div className={styles.field}>
          <TargetChips
            targets={value}
            isDisabled={isDisabled}
            onRemove={(target) => onChange(value.filter((t) => targetKey(t) !== targetKey(target)))}
          />
          <Input
            className={styles.input}
            placeholder={
              value.length === 0 ? 'Search people, companies, opportunities…' : 'Add another…'
            }
            onKeyDown={onKeyDown}
          />
        </div>
        <Text slot="description" className={combobox.hint}>
          {failures.length > 0 && sections.length > 0
            ? `Some results are missing (${failures.join('; ')}).`
            : 'Type to search; arrow keys to move, Enter to add, Backspace to remove the last.'}
        </Text>
        <Popover className={combobox.popover} placement="bottom start" offset={4}>
          <ListBox<Section>
            className={combobox.listbox}
            renderEmptyState={() => <p className={combobox.empty}>{emptyText}</p>}
          >
            {(section) => (
              <ListBoxSection id={section.id} className={styles.section}>
                <Header className={styles.sectionHeader}>{section.title}</Header>
                <Collection items={section.items}>
                  {(record) => (
                    <ListBoxItem
                      id={targetKey(record)}
                      textValue={record.name}
                      className={`${combobox.option} ${styles.option}`}
                    >
                      {record.name}
                    </ListBoxItem>
                  )}
                </Collection>
              </ListBoxSection>
            )}
          </ListBox>
        </Popover>
      </ComboBox>
    </div>
  );
}
