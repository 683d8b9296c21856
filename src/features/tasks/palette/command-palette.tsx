import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import {
  Autocomplete,
  Header,
  Input,
  Menu,
  MenuSection,
  TextField,
  type Key,
} from 'react-aria-components';
import { useLocation, useNavigate } from 'react-router-dom';
import { useBackend } from '@/backends/backend-context';
import { taskPanelLink } from '@/components/task-link';
import { Modal } from '@/components/ui/modal';
import { paths } from '@/config/paths';
import type { RecordSummary } from '@/domain/types';
import { recordQueries } from '@/features/records/api/queries';
import { canCreateFromBoard } from '../capability-views';
import { rememberRecord, rememberTask } from '../recent/recent-store';
import { useBackendScope } from '../recent/use-backend-scope';
import type { ActionTarget } from './action-target';
import { boardPrefill, type NewTaskPrefill } from './new-task-prefill';
import type { PageContext } from './page-context';
import { PaletteAssignStep } from './palette-assign-step';
import { matchesWords, type ActionItem, type JumpItem } from './palette-items';
import { PaletteLinkStep } from './palette-link-step';
import { ActionRow, JumpRow } from './palette-rows';
import { usePaletteActions, type PaletteStep } from './use-palette-actions';
import { usePaletteSearch } from './use-palette-search';
import styles from './command-palette.module.css';

type Props = {
  target: ActionTarget | null;
  page: PageContext;
  onClose: () => void;
  /** "Create a task": the host closes the palette and opens New task with these. */
  onCreateTask: (prefill: NewTaskPrefill) => void;
};

/** The record whose page the palette was opened on, with its name, for "Create a task". */
function usePageRecord(page: PageContext): RecordSummary | null {
  const backend = useBackend();
  const record = page.kind === 'record' ? page.record : null;
  const detail = useQuery({
    ...recordQueries.detail(backend, record?.kind ?? 'person', record?.id ?? ''),
    enabled: record !== null && backend.capabilities.canBrowseRecords,
  });
  return record && detail.data ? { ...record, name: detail.data.name } : null;
}

/**
 * The command palette (Ctrl+K, ⌘K): jump to a task, person, company or opportunity by name,
 * act on the focused task, or create a task from the page. One search field over one menu;
 * "Assign to…" and "Link to…" open a second step in the same dialog.
 */
export function CommandPalette({ target, page, onClose, onCreateTask }: Props) {
  const backend = useBackend();
  const navigate = useNavigate();
  const location = useLocation();
  const scope = useBackendScope();
  const [text, setText] = useState('');
  const [step, setStep] = useState<PaletteStep | null>(null);
  const { actions, tasks, title, assignAll, linkAll, selection, loading } = usePaletteActions(
    target,
    setStep,
  );
  const search = usePaletteSearch(text);
  const pageRecord = usePageRecord(page);

  const typed = text.trim();
  const shownActions = actions.filter((action) =>
    matchesWords(`${action.label} ${action.keywords ?? ''}`, typed),
  );
  const create: ActionItem[] = [];
  if (canCreateFromBoard(backend.capabilities)) {
    const label = pageRecord ? `Create a task linked to ${pageRecord.name}` : 'Create a task';
    create.push({
      key: 'create',
      label,
      keywords: 'new add',
      continues: true,
      run: () =>
        onCreateTask(
          pageRecord
            ? { initialTargets: [pageRecord] }
            : page.kind === 'board'
              ? boardPrefill(page.filters)
              : {},
        ),
    });
  }
  const shownCreate = create.filter((item) =>
    matchesWords(`${item.label} ${item.keywords ?? ''}`, typed),
  );

  const jump = (item: JumpItem) => {
    onClose();
    if (item.kind === 'task') {
      rememberTask(scope, { id: item.id, title: item.name });
      const link = taskPanelLink(location, item.id);
      void navigate(link.to, { state: link.state, mask: link.mask, replace: link.replace });
    } else {
      rememberRecord(scope, { kind: item.kind, id: item.id, name: item.name });
      void navigate(paths.record(item.kind, item.id));
    }
  };

  const byKey = new Map<string, () => void>();
  for (const action of [...shownActions, ...shownCreate]) {
    byKey.set(`do:${action.key}`, () => {
      action.run();
      if (!action.continues) onClose();
    });
  }
  for (const item of [...search.recent, ...search.hits]) {
    byKey.set(`go:${item.key}`, () => jump(item));
  }
  const onAction = (key: Key) => byKey.get(String(key))?.();

  if (step === 'assign') {
    return (
      <Modal title={`Assign “${title}”`} size="md" layer="top" onOpenChange={() => onClose()}>
        <PaletteAssignStep
          onPick={(member) => {
            assignAll(member);
            onClose();
          }}
        />
      </Modal>
    );
  }
  if (step === 'link') {
    return (
      <Modal title={`Link “${title}” to…`} size="md" layer="top" onOpenChange={() => onClose()}>
        <PaletteLinkStep tasks={tasks} linkAll={linkAll} onDone={onClose} />
      </Modal>
    );
  }

  const status = search.searching
    ? 'Searching…'
    : search.failed
      ? 'Some results could not be searched; try again in a moment.'
      : '';

  return (
    <Modal title="Command palette" size="lg" layer="top" onOpenChange={() => onClose()}>
      <Autocomplete inputValue={text} onInputChange={setText}>
        <TextField aria-label="Search or run a command" className={styles.field}>
          <Input
            // The palette is opened to type in: the field takes the focus at once.
            // eslint-disable-next-line jsx-a11y/no-autofocus
            autoFocus
            className={styles.input}
            placeholder="Jump to a task, person, company… or type a command"
          />
        </TextField>
        <p className={styles.status} role="status">
          {status}
        </p>
        <Menu
          aria-label="Results and commands"
          className={styles.menu}
          onAction={onAction}
          renderEmptyState={() => (
            <p className={styles.empty}>
              {typed === ''
                ? 'Type a name to jump to it.'
                : search.searching
                  ? 'Searching…'
                  : `Nothing matches “${typed}”.`}
            </p>
          )}
        >
          {shownActions.length > 0 ? (
            <MenuSection className={styles.section}>
              <Header className={styles.header}>
                {selection ? 'Selected' : 'Focused task'}: {title}
              </Header>
              {shownActions.map((action) => (
                <ActionRow key={action.key} action={action} />
              ))}
            </MenuSection>
          ) : null}
          {search.recent.length > 0 ? (
            <MenuSection className={styles.section}>
              <Header className={styles.header}>Recent</Header>
              {search.recent.map((item) => (
                <JumpRow key={item.key} item={item} />
              ))}
            </MenuSection>
          ) : null}
          {search.hits.length > 0 ? (
            <MenuSection className={styles.section}>
              <Header className={styles.header}>Results</Header>
              {search.hits.map((item) => (
                <JumpRow key={item.key} item={item} />
              ))}
            </MenuSection>
          ) : null}
          {shownCreate.length > 0 ? (
            <MenuSection className={styles.section}>
              <Header className={styles.header}>Create</Header>
              {shownCreate.map((action) => (
                <ActionRow key={action.key} action={action} />
              ))}
            </MenuSection>
          ) : null}
        </Menu>
      </Autocomplete>
      {target && loading ? <p className={styles.status}>Reading the focused task…</p> : null}
    </Modal>
  );
}
