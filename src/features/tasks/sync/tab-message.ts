import { z } from '@/lib/schema';
import type { BackendChange } from '@/backends/changes/change-feed';
import type { BackendSettings } from '@/backends/settings';

// What one tab tells the others of the same backend: ids only (tasks, relations, records),
// never a title, a field or a key. A message is parsed like any other input: another version of
// the app may be open in an old tab.

const recordKind = z.enum(['person', 'company', 'opportunity']);
const ids = z.array(z.string().check(z.maxLength(200))).check(z.maxLength(500));

const messageSchema = z.object({
  type: z.literal('tasks-changed'),
  version: z.literal(1),
  taskIds: ids,
  relationIds: ids,
  records: z
    .array(z.object({ kind: recordKind, id: z.string().check(z.maxLength(200)) }))
    .check(z.maxLength(500)),
});

export type TabMessage = z.infer<typeof messageSchema>;

export function toMessage(change: BackendChange): TabMessage {
  return { type: 'tasks-changed', version: 1, ...change };
}

/** The change a message names, or null for anything else on the channel. */
export function fromMessage(data: unknown): BackendChange | null {
  const parsed = messageSchema.safeParse(data);
  if (!parsed.success) return null;
  const { taskIds, relationIds, records } = parsed.data;
  return { taskIds, relationIds, records };
}

/** FNV-1a, 32 bits: enough to tell backends apart in a channel name; not a secret's guard. */
function hash(text: string): string {
  let value = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    value ^= text.charCodeAt(i);
    value = Math.imul(value, 0x01000193);
  }
  return (value >>> 0).toString(16).padStart(8, '0');
}

/**
 * One channel per backend: its kind and address, never its key (channel names are visible to
 * every script of the origin, and keys never leave settings). Two workspaces behind one address
 * then share a channel; a message naming another workspace's ids only makes a list read again.
 */
export function channelName(settings: Pick<BackendSettings, 'kind' | 'baseUrl'>): string {
  const where = settings.kind === 'embedded' ? '' : settings.baseUrl.trim().replace(/\/+$/, '');
  return `tasklink.tab-sync.v1.${hash(`${settings.kind}|${where}`)}`;
}
