import { ResponseFormatError } from '@/backends/api-error';
import type { PersonRef, Task, TargetRef } from '@/domain/types';
import type { WirePerson, WireTask } from './wire-schemas';

// Rolodex's task as the app's Task: done when completed_at is set, else open; its contacts are
// people it hangs on. Image URLs arrive as untrusted text, sometimes wrapped in <...>.

/** An http(s) URL with the page's angle brackets stripped, or null for anything else. */
export function safeImageUrl(raw: string | null | undefined): string | null {
  const text = (raw ?? '')
    .trim()
    .replace(/^<(.*)>$/, '$1')
    .trim();
  try {
    const url = new URL(text);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}

const name = (p: WirePerson) => (p.full_name?.trim() ? p.full_name.trim() : null);
const personRef = (p: WirePerson | null | undefined): PersonRef | null =>
  p ? { id: p.id, name: name(p) } : null;

export function toTask(wire: WireTask): Task {
  const createdAt = wire.created_at ?? wire.updated_at;
  if (!createdAt) throw new ResponseFormatError('tasks', [`${wire.id}.created_at: missing`]);
  const linked: TargetRef[] = (wire.contacts ?? []).map((c) => ({
    kind: 'person',
    id: c.id,
    label: name(c),
    imageUrl: safeImageUrl(c.image_url ?? c.avatar_url),
  }));
  return {
    id: wire.id,
    title: wire.body ?? '',
    bodyMarkdown: null,
    status: wire.completed_at ? 'DONE' : 'TODO',
    completedAt: wire.completed_at ?? null,
    dueAt: wire.due_date ?? null,
    assigneeId: wire.assignee?.id ?? null,
    assignee: personRef(wire.assignee),
    createdBy: personRef(wire.creator),
    createdAt,
    updatedAt: wire.updated_at ?? createdAt,
    linked,
    ...(wire.tags ? { tags: wire.tags.map((t) => ({ id: t.id, name: t.name ?? t.id })) } : {}),
  };
}
