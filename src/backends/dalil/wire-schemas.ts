import { z } from 'zod';
import { TASK_STATUSES } from '@/domain/types';

// What Dalil/Twenty sends, as loosely as the contract's variants require (sections 1, 6, 7, 9):
// unknown fields are ignored, composites and most scalars may be null or missing, task
// relations may spell their targets `personId` or `targetPersonId`. Nested records at depth 1
// carry only their own fields, so each object has a flat "base" schema and a depth-1 schema.

const str = z.string().nullish();
const id = z.string().min(1);

const base = { id, createdAt: z.string(), updatedAt: str };

// amountMicros is a number in REST answers; some builds serialise big numbers as strings.
const micros = z.union([
  z.number(),
  z
    .string()
    .regex(/^-?\d+(\.\d+)?$/)
    .transform(Number),
]);

export const fullNameSchema = z.object({ firstName: str, lastName: str }).nullish();
const linksSchema = z.object({ primaryLinkUrl: str }).nullish();

export const wireTaskTargetSchema = z.object({
  ...base,
  taskId: str,
  personId: str,
  companyId: str,
  opportunityId: str,
  targetPersonId: str,
  targetCompanyId: str,
  targetOpportunityId: str,
});

export const wireTaskSchema = z.object({
  ...base,
  title: str,
  bodyV2: z.object({ markdown: str, blocknote: str }).nullish(),
  /** Old builds' plain-text body. */
  body: str,
  dueAt: str,
  status: z.enum(TASK_STATUSES).nullish(),
  assigneeId: str,
});

export const wirePersonSchema = z.object({
  ...base,
  name: fullNameSchema,
  emails: z.object({ primaryEmail: str }).nullish(),
  phones: z
    .object({ primaryPhoneNumber: str, primaryPhoneCallingCode: str, primaryPhoneCountryCode: str })
    .nullish(),
  jobTitle: str,
  city: str,
  avatarUrl: str,
  companyId: str,
});

export const wireCompanySchema = z.object({
  ...base,
  name: str,
  domainName: linksSchema,
  employees: z.number().nullish(),
  address: z
    .object({
      addressStreet1: str,
      addressStreet2: str,
      addressCity: str,
      addressPostcode: str,
      addressState: str,
      addressCountry: str,
    })
    .nullish(),
});

export const wireOpportunitySchema = z.object({
  ...base,
  name: str,
  amount: z.object({ amountMicros: micros.nullish(), currencyCode: str }).nullish(),
  stage: str,
  closeDate: str,
  companyId: str,
  pointOfContactId: str,
});

export const wireMemberSchema = z.object({
  id,
  name: fullNameSchema,
  userEmail: str,
  avatarUrl: str,
});

// Depth 1: one level of relations, whose items carry only their own fields.
const many = <T extends z.ZodType>(item: T) => z.array(item).nullish();

export const wireTaskDetailSchema = wireTaskSchema.extend({
  taskTargets: many(wireTaskTargetSchema),
  assignee: wireMemberSchema.nullish(),
});
export const wirePersonDetailSchema = wirePersonSchema.extend({
  company: wireCompanySchema.nullish(),
  taskTargets: many(wireTaskTargetSchema),
});
export const wireCompanyDetailSchema = wireCompanySchema.extend({
  people: many(wirePersonSchema),
  opportunities: many(wireOpportunitySchema),
  taskTargets: many(wireTaskTargetSchema),
});
export const wireOpportunityDetailSchema = wireOpportunitySchema.extend({
  company: wireCompanySchema.nullish(),
  pointOfContact: wirePersonSchema.nullish(),
  taskTargets: many(wireTaskTargetSchema),
});

export const pageInfoSchema = z
  .object({
    hasNextPage: z.boolean().nullish(),
    hasPreviousPage: z.boolean().nullish(),
    startCursor: str,
    endCursor: str,
  })
  .nullish();

/** `{data:{<plural>:[...]}, pageInfo?, totalCount?}` */
export function listEnvelope<T extends z.ZodType>(plural: string, item: T) {
  return z.object({
    data: z.object({ [plural]: z.array(item) }),
    pageInfo: pageInfoSchema,
    totalCount: z.number().nullish(),
  });
}

/** `{data:{<key>: record}}`, where key is `task`, `createTask`, `updateTask`... */
export function singleEnvelope<T extends z.ZodType>(key: string, item: T) {
  return z.object({ data: z.object({ [key]: item }) });
}

export type WireTask = z.infer<typeof wireTaskSchema>;
export type WireTaskDetail = z.infer<typeof wireTaskDetailSchema>;
export type WireTaskTarget = z.infer<typeof wireTaskTargetSchema>;
export type WirePerson = z.infer<typeof wirePersonSchema>;
export type WireCompany = z.infer<typeof wireCompanySchema>;
export type WireOpportunity = z.infer<typeof wireOpportunitySchema>;
export type WireMember = z.infer<typeof wireMemberSchema>;
export type WirePersonDetail = z.infer<typeof wirePersonDetailSchema>;
export type WireCompanyDetail = z.infer<typeof wireCompanyDetailSchema>;
export type WireOpportunityDetail = z.infer<typeof wireOpportunityDetailSchema>;
