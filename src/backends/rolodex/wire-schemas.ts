import { z } from 'zod';

// What the Rolodex page shows, read loosely: extra fields are ignored, and anything but the
// ids and the envelope may be missing or null. A single task may come bare or as {data: task}.

const str = z.string().nullish();
const id = z.union([z.string().min(1), z.number().transform(String)]);

export const wirePersonSchema = z.object({ id, full_name: str, avatar_url: str, image_url: str });

export const wireTagSchema = z.object({ id, name: str });

export const wireTaskSchema = z.object({
  id,
  body: str,
  due_date: str,
  completed_at: str,
  created_at: str,
  updated_at: str,
  contacts: z.array(wirePersonSchema).nullish(),
  assignee: wirePersonSchema.nullish(),
  creator: wirePersonSchema.nullish(),
  tags: z.array(wireTagSchema).nullish(),
});

export const wireListSchema = z.object({
  pagination: z
    .object({
      limit: z.number().int().nullish(),
      offset: z.number().int().nullish(),
      total: z.number().int().nonnegative().nullish(),
    })
    .nullish(),
  data: z.array(wireTaskSchema),
});

export const wireSingleSchema = z.union([z.object({ data: wireTaskSchema }), wireTaskSchema]);

export type WireTask = z.output<typeof wireTaskSchema>;
export type WirePerson = z.output<typeof wirePersonSchema>;
