// Every object the embedded server knows, described once. CRUD, depth, filter, order_by,
// validation and the DDL are all generic over this table, so adding a field is one line here.

export type ScalarType =
  'uuid' | 'text' | 'datetime' | 'number' | 'integer' | 'boolean' | 'enum' | 'json'; // arrays such as emails.additionalEmails, stored as jsonb

export type ScalarField = {
  kind: 'scalar';
  name: string;
  type: ScalarType;
  nullable: boolean;
  enumValues?: readonly string[];
  /** Set by the server; a client value is ignored on create and refused on update. */
  system?: boolean;
  /** Stored when a create leaves the field out, as Twenty's field metadata declares. */
  default?: string | boolean;
};

export type CompositeType =
  'FULL_NAME' | 'EMAILS' | 'PHONES' | 'LINKS' | 'CURRENCY' | 'ADDRESS' | 'RICH_TEXT_V2' | 'ACTOR';

export type SubField = { name: string; type: ScalarType; enumValues?: readonly string[] };

export type CompositeField = {
  kind: 'composite';
  name: string;
  type: CompositeType;
  system?: boolean;
};

/** many-to-one: this object holds `foreignKey` (a scalar uuid field) pointing at `target`. */
export type ManyToOne = { kind: 'manyToOne'; name: string; target: ObjectName; foreignKey: string };
/** one-to-many: `target` objects hold `foreignKey` pointing back at this object. */
export type OneToMany = { kind: 'oneToMany'; name: string; target: ObjectName; foreignKey: string };

export type FieldMeta = ScalarField | CompositeField;
export type RelationMeta = ManyToOne | OneToMany;

export type ObjectName =
  'tasks' | 'taskTargets' | 'people' | 'companies' | 'opportunities' | 'workspaceMembers';

export type ObjectMeta = {
  namePlural: ObjectName;
  nameSingular: string;
  table: string;
  fields: readonly FieldMeta[];
  relations: readonly RelationMeta[];
  /** depth used when the request has none (Dalil: taskTargets 1, the rest 0). */
  defaultDepth: 0 | 1;
  filterable: boolean;
};

export const ACTOR_SOURCES = [
  'EMAIL',
  'CALENDAR',
  'WORKFLOW',
  'AGENT',
  'API',
  'IMPORT',
  'MANUAL',
  'SYSTEM',
  'WEBHOOK',
] as const;
export const TASK_STATUSES = ['TODO', 'IN_PROGRESS', 'DONE'] as const;
export const OPPORTUNITY_STAGES = ['NEW', 'SCREENING', 'MEETING', 'PROPOSAL', 'CUSTOMER'] as const;

export const COMPOSITE_SUBFIELDS: Record<CompositeType, readonly SubField[]> = {
  FULL_NAME: [
    { name: 'firstName', type: 'text' },
    { name: 'lastName', type: 'text' },
  ],
  EMAILS: [
    { name: 'primaryEmail', type: 'text' },
    { name: 'additionalEmails', type: 'json' },
  ],
  PHONES: [
    { name: 'primaryPhoneNumber', type: 'text' },
    { name: 'primaryPhoneCountryCode', type: 'text' },
    { name: 'primaryPhoneCallingCode', type: 'text' },
    { name: 'additionalPhones', type: 'json' },
  ],
  LINKS: [
    { name: 'primaryLinkUrl', type: 'text' },
    { name: 'primaryLinkLabel', type: 'text' },
    { name: 'secondaryLinks', type: 'json' },
  ],
  CURRENCY: [
    { name: 'amountMicros', type: 'number' },
    { name: 'currencyCode', type: 'text' },
  ],
  ADDRESS: [
    { name: 'addressStreet1', type: 'text' },
    { name: 'addressStreet2', type: 'text' },
    { name: 'addressCity', type: 'text' },
    { name: 'addressPostcode', type: 'text' },
    { name: 'addressState', type: 'text' },
    { name: 'addressCountry', type: 'text' },
    { name: 'addressLat', type: 'number' },
    { name: 'addressLng', type: 'number' },
  ],
  RICH_TEXT_V2: [
    { name: 'blocknote', type: 'text' },
    { name: 'markdown', type: 'text' },
  ],
  ACTOR: [
    { name: 'source', type: 'enum', enumValues: ACTOR_SOURCES },
    { name: 'workspaceMemberId', type: 'uuid' },
    { name: 'name', type: 'text' },
  ],
};

/** SQL column of a composite sub-field: `name` + `firstName` -> "nameFirstName". */
export function compositeColumn(field: string, sub: string): string {
  return field + sub.charAt(0).toUpperCase() + sub.slice(1);
}

const scalar = (
  name: string,
  type: ScalarType,
  extra: Partial<Omit<ScalarField, 'kind' | 'name' | 'type'>> = {},
): ScalarField => ({ kind: 'scalar', name, type, nullable: true, ...extra });
const composite = (name: string, type: CompositeType, system = false): CompositeField => ({
  kind: 'composite',
  name,
  type,
  system,
});

const COMMON: readonly FieldMeta[] = [
  scalar('id', 'uuid', { nullable: false }),
  scalar('createdAt', 'datetime', { nullable: false, system: true }),
  scalar('updatedAt', 'datetime', { nullable: false, system: true }),
  scalar('deletedAt', 'datetime', { system: true }),
  // Never NULL: the server always sets it, and keyset paging can only follow a non-null key.
  scalar('position', 'number', { nullable: false }),
  composite('createdBy', 'ACTOR', true),
];

export const OBJECTS: Record<ObjectName, ObjectMeta> = {
  workspaceMembers: {
    namePlural: 'workspaceMembers',
    nameSingular: 'workspaceMember',
    table: 'workspace_members',
    defaultDepth: 0,
    filterable: true,
    fields: [
      ...COMMON,
      composite('name', 'FULL_NAME'),
      scalar('userEmail', 'text'),
      scalar('avatarUrl', 'text'),
      scalar('userId', 'uuid'),
      scalar('locale', 'text'),
      scalar('colorScheme', 'text'),
      scalar('timeZone', 'text'),
    ],
    relations: [
      { kind: 'oneToMany', name: 'assignedTasks', target: 'tasks', foreignKey: 'assigneeId' },
      {
        kind: 'oneToMany',
        name: 'accountOwnerForCompanies',
        target: 'companies',
        foreignKey: 'accountOwnerId',
      },
      {
        kind: 'oneToMany',
        name: 'ownedOpportunities',
        target: 'opportunities',
        foreignKey: 'ownerId',
      },
    ],
  },
  companies: {
    namePlural: 'companies',
    nameSingular: 'company',
    table: 'companies',
    defaultDepth: 0,
    filterable: true,
    fields: [
      ...COMMON,
      scalar('name', 'text'),
      composite('domainName', 'LINKS'),
      scalar('employees', 'integer'),
      composite('linkedinLink', 'LINKS'),
      composite('xLink', 'LINKS'),
      composite('annualRecurringRevenue', 'CURRENCY'),
      composite('address', 'ADDRESS'),
      scalar('idealCustomerProfile', 'boolean', { default: false }),
      scalar('accountOwnerId', 'uuid'),
    ],
    relations: [
      {
        kind: 'manyToOne',
        name: 'accountOwner',
        target: 'workspaceMembers',
        foreignKey: 'accountOwnerId',
      },
      { kind: 'oneToMany', name: 'people', target: 'people', foreignKey: 'companyId' },
      {
        kind: 'oneToMany',
        name: 'opportunities',
        target: 'opportunities',
        foreignKey: 'companyId',
      },
      { kind: 'oneToMany', name: 'taskTargets', target: 'taskTargets', foreignKey: 'companyId' },
    ],
  },
  people: {
    namePlural: 'people',
    nameSingular: 'person',
    table: 'people',
    defaultDepth: 0,
    filterable: true,
    fields: [
      ...COMMON,
      composite('name', 'FULL_NAME'),
      composite('emails', 'EMAILS'),
      composite('phones', 'PHONES'),
      composite('linkedinLink', 'LINKS'),
      composite('xLink', 'LINKS'),
      scalar('jobTitle', 'text'),
      scalar('city', 'text'),
      scalar('avatarUrl', 'text'),
      scalar('companyId', 'uuid'),
    ],
    relations: [
      { kind: 'manyToOne', name: 'company', target: 'companies', foreignKey: 'companyId' },
      { kind: 'oneToMany', name: 'taskTargets', target: 'taskTargets', foreignKey: 'personId' },
      {
        kind: 'oneToMany',
        name: 'pointOfContactForOpportunities',
        target: 'opportunities',
        foreignKey: 'pointOfContactId',
      },
    ],
  },
  opportunities: {
    namePlural: 'opportunities',
    nameSingular: 'opportunity',
    table: 'opportunities',
    defaultDepth: 0,
    filterable: true,
    fields: [
      ...COMMON,
      scalar('name', 'text'),
      composite('amount', 'CURRENCY'),
      scalar('closeDate', 'datetime'),
      scalar('stage', 'enum', { enumValues: OPPORTUNITY_STAGES, default: 'NEW' }),
      scalar('companyId', 'uuid'),
      scalar('pointOfContactId', 'uuid'),
      scalar('ownerId', 'uuid'),
    ],
    relations: [
      { kind: 'manyToOne', name: 'company', target: 'companies', foreignKey: 'companyId' },
      {
        kind: 'manyToOne',
        name: 'pointOfContact',
        target: 'people',
        foreignKey: 'pointOfContactId',
      },
      { kind: 'manyToOne', name: 'owner', target: 'workspaceMembers', foreignKey: 'ownerId' },
      {
        kind: 'oneToMany',
        name: 'taskTargets',
        target: 'taskTargets',
        foreignKey: 'opportunityId',
      },
    ],
  },
  tasks: {
    namePlural: 'tasks',
    nameSingular: 'task',
    table: 'tasks',
    defaultDepth: 0,
    filterable: true,
    fields: [
      ...COMMON,
      scalar('title', 'text'),
      composite('bodyV2', 'RICH_TEXT_V2'),
      scalar('dueAt', 'datetime'),
      scalar('status', 'enum', { enumValues: TASK_STATUSES, default: 'TODO' }),
      scalar('assigneeId', 'uuid'),
    ],
    relations: [
      { kind: 'manyToOne', name: 'assignee', target: 'workspaceMembers', foreignKey: 'assigneeId' },
      { kind: 'oneToMany', name: 'taskTargets', target: 'taskTargets', foreignKey: 'taskId' },
    ],
  },
  taskTargets: {
    namePlural: 'taskTargets',
    nameSingular: 'taskTarget',
    table: 'task_targets',
    defaultDepth: 1,
    // Dalil documents that task relations cannot be filtered; the embedded server behaves the same.
    filterable: false,
    fields: [
      ...COMMON,
      scalar('taskId', 'uuid'),
      scalar('personId', 'uuid'),
      scalar('companyId', 'uuid'),
      scalar('opportunityId', 'uuid'),
    ],
    relations: [
      { kind: 'manyToOne', name: 'task', target: 'tasks', foreignKey: 'taskId' },
      { kind: 'manyToOne', name: 'person', target: 'people', foreignKey: 'personId' },
      { kind: 'manyToOne', name: 'company', target: 'companies', foreignKey: 'companyId' },
      {
        kind: 'manyToOne',
        name: 'opportunity',
        target: 'opportunities',
        foreignKey: 'opportunityId',
      },
    ],
  },
};

/** The target foreign keys of a task relation: exactly one must be set. */
export const TASK_TARGET_KEYS = ['personId', 'companyId', 'opportunityId'] as const;

export function getObject(name: string): ObjectMeta | undefined {
  return Object.hasOwn(OBJECTS, name) ? OBJECTS[name as ObjectName] : undefined;
}

/** Resolves `field` or `field.sub` to its SQL column and scalar type, or undefined. `nullable`
 *  says whether the column can hold NULL; `composite` names the composite a sub-field is part of. */
export function resolveColumn(
  meta: ObjectMeta,
  path: string,
):
  | {
      column: string;
      type: ScalarType;
      enumValues?: readonly string[];
      nullable: boolean;
      composite?: CompositeField;
    }
  | undefined {
  const [head, sub, ...rest] = path.split('.');
  if (!head || rest.length > 0) return undefined;
  const field = meta.fields.find((f) => f.name === head);
  if (!field) return undefined;
  if (field.kind === 'scalar') {
    if (sub !== undefined) return undefined;
    return {
      column: field.name,
      type: field.type,
      enumValues: field.enumValues,
      nullable: field.nullable,
    };
  }
  if (sub === undefined) return undefined;
  const sf = COMPOSITE_SUBFIELDS[field.type].find((s) => s.name === sub);
  if (!sf) return undefined;
  return {
    column: compositeColumn(field.name, sf.name),
    type: sf.type,
    enumValues: sf.enumValues,
    nullable: true,
    composite: field,
  };
}
