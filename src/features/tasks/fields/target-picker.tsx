import { useQueries } from '@tanstack/react-query';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import {
  ComboBox,
  Input,
  Label,
  ListBox,
  ListBoxItem,
  Popover,
  Text,
  type Key,
} from 'react-aria-components';
import { describeError } from '@/lib/describe-error';
import combobox from '@/components/ui/combobox.module.css';
import { RECORD_KINDS, type RecordSummary } from '@/domain/types';
import { useBackend } from '@/backends/backend-context';
import { recordQueries, type PickOption } from '@/features/records/api/queries';
import { optionDetail } from '@/features/records/api/pick-option';
import { targetKey } from '../new-task/run-link-workflow';
import { useDebounced } from '@/lib/use-debounced';
import { RECORD_KIND_LABELS } from '@/domain/labels';
import { HighlightFirst } from './highlight-first';
import { TargetChips } from './target-chips';
import { rankOptions } from './target-ranking';
import { useCompanyNames } from './use-company-names';
import styles from './target-picker.module.css';

export const SEARCH_DEBOUNCE_MS = 200;

/**
 * "Link to": one combobox that searches people, companies and opportunities together (on the
 * server, by name) and lists them in one ranking (target-ranking.ts), each with its type and a
 * second line that tells namesakes apart. The first option is highlighted, so Enter takes it. A
 * chosen record becomes a chip; Backspace in the empty box removes the last one. Already
 * chosen records are left out of the results.
 */
const highlighted = (input: HTMLInputElement) =>
  Boolean(input.getAttribute('aria-activedescendant'));

export function TargetPicker({
  value,
  onChange,
  isDisabled = false,
  label = 'Link to',
  takeFocus = false,
  onEscape,
}: {
  value: readonly RecordSummary[];
  onChange: (next: RecordSummary[]) => void;
  isDisabled?: boolean;
  label?: string;
  /** Takes the focus when it appears (a sub-editor opened by a button). */
  takeFocus?: boolean;
  /** Escape with the list closed: a sub-editor closes itself, before anything around it does. */
  onEscape?: () => void;
}) {
  const backend = useBackend();
  const [input, setInput] = useState('');
  const inputRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (takeFocus) inputRef.current?.focus();
  }, [takeFocus]);
  const search = useDebounced(input.trim(), SEARCH_DEBOUNCE_MS);
  const kinds = RECORD_KINDS.filter((k) => backend.capabilities.targetKinds.includes(k));
  const results = useQueries({
    queries: kinds.map((kind) => recordQueries.pick(backend, kind, search)),
  });

  const chosen = new Set(value.map(targetKey));
  const typed = input.trim() !== '';
  // Nothing typed, nothing offered: the list closes after a choice instead of showing old hits.
  const options: PickOption[] = !typed
    ? []
    : rankOptions(
        input,
        kinds,
        new Map(
          kinds.map((kind, i) => [
            kind,
            (results[i]?.data ?? []).filter((r) => !chosen.has(targetKey(r))),
          ]),
        ),
      );
  const byKey = new Map(options.map((r) => [targetKey(r), r] as const));
  const companies = useCompanyNames(options);

  const typing = input.trim() !== search;
  const searching = typing || results.some((r) => r.isFetching);
  const failures = results.flatMap((r, i) =>
    r.isError ? [`${RECORD_KIND_LABELS[kinds[i]!].plural}: ${describeError(r.error).title}`] : [],
  );

  const add = (key: Key | null) => {
    const record = key === null ? undefined : byKey.get(String(key));
    if (!record) return;
    // Only the record goes on: the second line's details are for choosing.
    onChange([...value, { kind: record.kind, id: record.id, name: record.name }]);
    setInput('');
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Backspace' && input === '' && value.length > 0) {
      onChange(value.slice(0, -1));
    }
    // Enter before the first option shows as highlighted still takes it, as it will be.
    if (event.key === 'Enter' && !highlighted(event.currentTarget) && options[0]) {
      event.preventDefault();
      add(targetKey(options[0]));
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
        items={options}
        menuTrigger="input"
        allowsEmptyCollection={typed}
        isDisabled={isDisabled}
      >
        <HighlightFirst firstKey={options[0] ? targetKey(options[0]) : null} />
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
            onKeyDownCapture={(event) => {
              // Seen before the combobox and the panel around it: an open list closes first (the
              // combobox's own Escape), then the sub-editor, and only then the panel.
              if (
                onEscape &&
                event.key === 'Escape' &&
                event.currentTarget.getAttribute('aria-expanded') !== 'true'
              ) {
                event.stopPropagation();
                event.preventDefault();
                onEscape();
              }
            }}
            ref={inputRef}
          />
        </div>
        <Text slot="description" className={combobox.hint}>
          {failures.length > 0 && options.length > 0
            ? `Some results are missing (${failures.join('; ')}).`
            : value.length > 0
              ? 'Type to search; Enter adds the highlighted one, Backspace removes the last.'
              : 'Type to search; Enter adds the highlighted one.'}
        </Text>
        <Popover className={combobox.popover} placement="bottom start" offset={4}>
          <ListBox<PickOption>
            className={combobox.listbox}
            dependencies={[companies.version]}
            renderEmptyState={() => <p className={combobox.empty}>{emptyText}</p>}
          >
            {(record) => {
              const detail = optionDetail(
                record,
                record.companyId ? companies.name(record.companyId) : null,
              );
              const kind = RECORD_KIND_LABELS[record.kind].singular;
              return (
                <ListBoxItem
                  id={targetKey(record)}
                  textValue={record.name}
                  className={`${combobox.option} ${styles.option}`}
                  data-kind={record.kind}
                >
                  <span className={styles.optionIcon} aria-hidden="true" />
                  <span className={styles.optionText}>
                    <Text slot="label" className={styles.optionName}>
                      {record.name}
                    </Text>
                    <Text slot="description" className={styles.optionDetail}>
                      {detail ? `${kind} · ${detail}` : kind}
                    </Text>
                  </span>
                </ListBoxItem>
              );
            }}
          </ListBox>
        </Popover>
      </ComboBox>
    </div>
  );
}
