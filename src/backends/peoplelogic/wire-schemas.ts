import { z } from '@/lib/schema';

// What the Peoplelogic page shows a task to be, read loosely: unknown fields are dropped (among
// them `mappings`, whose secrets must never reach a log), and every field but the id may be
// missing or null, since the page shows no guarantee. Plain schema objects drop extra keys.

const str = z.nullish(z.string());
const nonEmpty = z.string().check(z.minLength(1));

export const wireStatusSchema = z.object({ current: str, changedAt: str, changedBy: str });

export const wireEntityRefSchema = z.object({
  entityId: nonEmpty,
  type: str,
  organization: str,
});

export const wireNoteSchema = z.object({
  id: nonEmpty,
  note: str,
  author: str,
  createdAt: str,
});

export const wireTaskSchema = z.object({
  id: nonEmpty,
  name: str,
  active: z.nullish(z.boolean()),
  status: z.nullish(wireStatusSchema),
  created: z.nullish(z.object({ createdAt: str, createdBy: str })),
  assignees: z.nullish(z.array(z.object({ entityId: nonEmpty, entityType: str }))),
  organization: str,
  description: str,
  dueDate: str,
  connectedTo: z.nullish(wireEntityRefSchema),
  notes: z.nullish(z.array(wireNoteSchema)),
  order: z.nullish(z.number()),
});

export type WireTask = z.output<typeof wireTaskSchema>;
