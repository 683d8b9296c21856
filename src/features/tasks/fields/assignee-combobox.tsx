import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import {
  Button,
  ComboBox,
  Input,
  Label,
  ListBox,
  ListBoxItem,
  Popover,
  Text,
  type Key,
} from 'react-aria-components';
import { useBackend } from '@/backends/backend-context';
import { visuallyHiddenClass } from '@/components/ui/visually-hidden';
import combobox from '@/components/ui/combobox.module.css';
import type { Member, MemberSummary } from '@/domain/types';
import { memberQueries } from '@/features/members/api/queries';
import { useMemberSearch } from '@/features/members/api/use-member-search';
import styles from './assignee-combobox.module.css';

/** A choice that is not a member, such as a filter's "Unassigned", held as `value`. */
export type AssigneeChoice = { value: string; label: string };

type Option = { key: string; label: string; email: string | null; member: Member | null };

/** The empty choice's key; member ids are UUIDs, so no member can have it. */
const EMPTY_KEY = ':empty';

type Props = {
  label: string;
  /** The label is read to screen readers only (a filter bar, or a grid with its own label). */
  labelHidden?: boolean;
  /** A member's id, a choice's value, or null for the empty choice. */
  value: string | null;
  /** The assignee as the task carries it (depth 1): its name shows without asking the server. */
  assignee?: MemberSummary | null;
  /** `member` is the member picked, or null for a choice. */
  onChange: (value: string | null, member: Member | null) => void;
  /** What null means ("Unassigned", or "Anyone" in a filter); the empty field shows it. */
  emptyLabel: string;
  /** Choices listed above the members. */
  choices?: readonly AssigneeChoice[];
  isDisabled?: boolean;
  className?: string;
};

/**
 * The assignee, searched on the server as the user types: one short page of members per pause,
 * never the whole workspace. The current assignee's name comes from the task (or the member
 * just picked); only an id with no name, such as one from a URL, is read by itself.
 */
export function AssigneeCombobox({
  label,
  labelHidden = false,
  value,
  assignee,
  onChange,
  emptyLabel,
  choices = [],
  isDisabled = false,
  className,
}: Props) {
  const backend = useBackend();
  // What the user typed since the field last showed the current value; null: show the value.
  const [draft, setDraft] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const [picked, setPicked] = useState<Member | null>(null);
  const [shownValue, setShownValue] = useState(value);
  // The value changed from outside (a refetch, "Clear filters"): show it, drop the typing.
  if (value !== shownValue) {
    setShownValue(value);
    setDraft(null);
  }

  const choice = choices.find((c) => c.value === value);
  const knownName =
    value === null
      ? ''
      : (choice?.label ??
        (assignee?.id === value ? assignee.name : null) ??
        (picked?.id === value ? picked.name : null));
  const lookup = useQuery(memberQueries.detail(backend, knownName === null ? value : null));
  const currentText = knownName ?? lookup.data?.name ?? (lookup.isError ? 'Unknown member' : '');

  const typed = (draft ?? '').trim();
  const { members, status } = useMemberSearch(typed, open);

  const matchesTyped = (text: string) => text.toLowerCase().includes(typed.toLowerCase());
  const options: Option[] = [
    ...[{ value: EMPTY_KEY, label: emptyLabel }, ...choices]
      .filter((c) => typed === '' || matchesTyped(c.label))
      .map((c) => ({ key: c.value, label: c.label, email: null, member: null })),
    ...members.map((m) => ({ key: m.id, label: m.name, email: m.email, member: m })),
  ];

  const select = (key: Key | null) => {
    setDraft(null);
    // null: the field lost focus or Escape was pressed without a pick; keep the value.
    if (key === null) return;
    const option = options.find((o) => o.key === String(key));
    if (!option) return;
    const next = option.key === EMPTY_KEY ? null : option.key;
    if (option.member) setPicked(option.member);
    if (next !== value) onChange(next, option.member);
  };

  return (
    <ComboBox
      className={`${combobox.combo} ${className ?? ''}`}
      inputValue={draft ?? currentText}
      onInputChange={(text) => setDraft(text === currentText ? null : text)}
      selectedKey={value ?? EMPTY_KEY}
      onSelectionChange={select}
      items={options}
      allowsEmptyCollection
      onOpenChange={setOpen}
      isDisabled={isDisabled || !backend.capabilities.canListMembers}
    >
      <Label className={labelHidden ? visuallyHiddenClass : combobox.label}>{label}</Label>
      <div className={styles.field}>
        <Input
          className={styles.input}
          placeholder={
            value === null
              ? emptyLabel
              : knownName === null && lookup.isPending
                ? 'Loading…'
                : 'Search members…'
          }
        />
        <Button className={styles.toggle} aria-label={`Show ${label.toLowerCase()} choices`}>
          <span aria-hidden="true">▾</span>
        </Button>
      </div>
      <Popover className={`${combobox.popover} ${styles.popover}`} placement="bottom start">
        <ListBox<Option> className={combobox.listbox}>
          {(option) => (
            <ListBoxItem
              id={option.key}
              textValue={option.label}
              className={`${combobox.option} ${styles.option}`}
            >
              <Text slot="label" className={styles.name}>
                {option.label}
              </Text>
              {option.email ? (
                <Text slot="description" className={styles.email}>
                  {option.email}
                </Text>
              ) : null}
            </ListBoxItem>
          )}
        </ListBox>
        {status ? (
          <p role="status" className={combobox.empty}>
            {status}
          </p>
        ) : null}
      </Popover>
    </ComboBox>
  );
}
