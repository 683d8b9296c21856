import { z } from 'zod';

// What the Peoplelogic page shows a task to be, read loosely: unknown fields are dropped (among
// them `mappings`, whose secrets must never reach a log), and every field but the id may be
// missing or null, since the page shows no guarantee. zod's plain objects ignore extra keys.

const str = z.string().nullish();

export const wireStatusSchema = z.object({ current: str, changedAt: str, changedBy: str });

export const wireEntityRefSchema = z.object({
  entityId: z.string().min(1),
  type: str,
  organization: str,
});

export const wireNoteSchema = z.object({
  id: z.string().min(1),
  note: str,
  author: str,
  createdAt: str,
});

export const wireTaskSchema = z.object({
  id: z.string().min(1),
  name: str,
  active: z.boolean().nullish(),
  status: wireStatusSchema.nullish(),
  created: z.object({ createdAt: str, createdBy: str }).nullish(),
  assignees: z.array(z.object({ entityId: z.string().min(1), entityType: str })).nullish(),
  organization: str,
  description: str,
  dueDate: str,
  connectedTo: wireEntityRefSchema.nullish(),
  notes: z.array(wireNoteSchema).nullish(),
  order: z.number().nullish(),
});

export type WireTask = z.output<typeof wireTaskSchema>;
