import { z } from '@/lib/schema';

// What the Rolodex page shows, read loosely: extra fields are ignored, and anything but the
// ids and the envelope may be missing or null. A single task may come bare or as {data: task}.

const str = z.nullish(z.string());
const id = z.union([z.string().check(z.minLength(1)), z.pipe(z.number(), z.transform(String))]);

export const wirePersonSchema = z.object({ id, full_name: str, avatar_url: str, image_url: str });

export const wireTagSchema = z.object({ id, name: str });

export const wireTaskSchema = z.object({
  id,
  body: str,
  due_date: str,
  completed_at: str,
  created_at: str,
  updated_at: str,
  contacts: z.nullish(z.array(wirePersonSchema)),
  assignee: z.nullish(wirePersonSchema),
  creator: z.nullish(wirePersonSchema),
  tags: z.nullish(z.array(wireTagSchema)),
});

export const wireListSchema = z.object({
  pagination: z.nullish(
    z.object({
      limit: z.nullish(z.int()),
      offset: z.nullish(z.int()),
      total: z.nullish(z.int().check(z.nonnegative())),
    }),
  ),
  data: z.array(wireTaskSchema),
});

export const wireSingleSchema = z.union([z.object({ data: wireTaskSchema }), wireTaskSchema]);

export type WireTask = z.output<typeof wireTaskSchema>;
export type WirePerson = z.output<typeof wirePersonSchema>;
