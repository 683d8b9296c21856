import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Autocomplete, Input, Menu, MenuItem, Text, TextField } from 'react-aria-components';
import { useBackend } from '@/backends/backend-context';
import type { Member } from '@/domain/types';
import { memberQueries } from '@/features/members/api/queries';
import { useDebounced } from '@/lib/use-debounced';
import { PALETTE_SEARCH_DEBOUNCE_MS } from './use-palette-search';
import styles from './command-palette.module.css';

const UNASSIGN = 'unassign';

/** "Assign to…": members searched on the server by name or email; or nobody. */
export function PaletteAssignStep({ onPick }: { onPick: (member: Member | null) => void }) {
  const backend = useBackend();
  const [text, setText] = useState('');
  const search = useDebounced(text.trim(), PALETTE_SEARCH_DEBOUNCE_MS);
  const members = useQuery(memberQueries.search(backend, search, true));
  const found = members.data ?? [];
  const byId = new Map(found.map((member) => [member.id, member]));
  const searching = text.trim() !== search || members.isFetching;

  return (
    <Autocomplete inputValue={text} onInputChange={setText}>
      <TextField aria-label="Search members" className={styles.field}>
        {/* eslint-disable-next-line jsx-a11y/no-autofocus -- the step is opened to type in */}
        <Input autoFocus className={styles.input} placeholder="Type a name or an email" />
      </TextField>
      <p className={styles.status} role="status">
        {searching ? 'Searching…' : members.isError ? 'Members could not be searched.' : ''}
      </p>
      <Menu
        aria-label="Members"
        className={styles.menu}
        onAction={(key) => {
          if (key === UNASSIGN) onPick(null);
          else {
            const member = byId.get(String(key));
            if (member) onPick(member);
          }
        }}
        renderEmptyState={() => <p className={styles.empty}>No member matches.</p>}
      >
        {found.map((member) => (
          <MenuItem key={member.id} id={member.id} textValue={member.name} className={styles.item}>
            <Text slot="label" className={styles.label}>
              {member.name}
            </Text>
            {member.email ? (
              <Text slot="description" className={styles.detail}>
                {member.email}
              </Text>
            ) : null}
          </MenuItem>
        ))}
        <MenuItem id={UNASSIGN} textValue="Nobody (unassign)" className={styles.item}>
          <Text slot="label" className={styles.label}>
            Nobody (unassign)
          </Text>
        </MenuItem>
      </Menu>
    </Autocomplete>
  );
}
