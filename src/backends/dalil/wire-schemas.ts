import { z } from '@/lib/schema';
import { TASK_STATUSES } from '@/domain/types';

// What Dalil/Twenty sends, as loosely as the contract's variants require (sections 1, 6, 7, 9):
// unknown fields are ignored, composites and most scalars may be null or missing, task
// relations may spell their targets `personId` or `targetPersonId`. Nested records at depth 1
// carry only their own fields, so each object has a flat "base" schema and a depth-1 schema.

const str = z.nullish(z.string());
const id = z.string().check(z.minLength(1));

const base = { id, createdAt: z.string(), updatedAt: str };

// amountMicros is a number in REST answers; some builds serialise big numbers as strings.
const micros = z.union([
  z.number(),
  z.pipe(z.string().check(z.regex(/^-?\d+(\.\d+)?$/)), z.transform(Number)),
]);

export const fullNameSchema = z.nullish(z.object({ firstName: str, lastName: str }));
const linksSchema = z.nullish(z.object({ primaryLinkUrl: str }));

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
  bodyV2: z.nullish(z.object({ markdown: str, blocknote: str })),
  /** Old builds' plain-text body. */
  body: str,
  dueAt: str,
  status: z.nullish(z.enum(TASK_STATUSES)),
  assigneeId: str,
});

export const wirePersonSchema = z.object({
  ...base,
  name: fullNameSchema,
  emails: z.nullish(z.object({ primaryEmail: str })),
  phones: z.nullish(
    z.object({
      primaryPhoneNumber: str,
      primaryPhoneCallingCode: str,
      primaryPhoneCountryCode: str,
    }),
  ),
  jobTitle: str,
  city: str,
  avatarUrl: str,
  companyId: str,
});

export const wireCompanySchema = z.object({
  ...base,
  name: str,
  domainName: linksSchema,
  employees: z.nullish(z.number()),
  address: z.nullish(
    z.object({
      addressStreet1: str,
      addressStreet2: str,
      addressCity: str,
      addressPostcode: str,
      addressState: str,
      addressCountry: str,
    }),
  ),
});

export const wireOpportunitySchema = z.object({
  ...base,
  name: str,
  amount: z.nullish(z.object({ amountMicros: z.nullish(micros), currencyCode: str })),
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
const many = <T extends z.Schema>(item: T) => z.nullish(z.array(item));

export const wireTaskDetailSchema = z.extend(wireTaskSchema, {
  taskTargets: many(wireTaskTargetSchema),
  assignee: z.nullish(wireMemberSchema),
});
export const wirePersonDetailSchema = z.extend(wirePersonSchema, {
  company: z.nullish(wireCompanySchema),
  taskTargets: many(wireTaskTargetSchema),
});
export const wireCompanyDetailSchema = z.extend(wireCompanySchema, {
  people: many(wirePersonSchema),
  opportunities: many(wireOpportunitySchema),
  taskTargets: many(wireTaskTargetSchema),
});
export const wireOpportunityDetailSchema = z.extend(wireOpportunitySchema, {
  company: z.nullish(wireCompanySchema),
  pointOfContact: z.nullish(wirePersonSchema),
  taskTargets: many(wireTaskTargetSchema),
});

export const pageInfoSchema = z.nullish(
  z.object({
    hasNextPage: z.nullish(z.boolean()),
    hasPreviousPage: z.nullish(z.boolean()),
    startCursor: str,
    endCursor: str,
  }),
);

/** `{data:{<plural>:[...]}, pageInfo?, totalCount?}` */
export function listEnvelope<T extends z.Schema>(plural: string, item: T) {
  return z.object({
    data: z.object({ [plural]: z.array(item) }),
    pageInfo: pageInfoSchema,
    totalCount: z.nullish(z.number()),
  });
}

/** `{data:{<key>: record}}`, where key is `task`, `createTask`, `updateTask`... */
export function singleEnvelope<T extends z.Schema>(key: string, item: T) {
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
