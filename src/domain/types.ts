// The app's own model: small, backend-neutral, and the only shape components ever see.
// Adapters map wire objects to these after their schemas have parsed them.

export const TASK_STATUSES = ['TODO', 'IN_PROGRESS', 'DONE'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

export const RECORD_KINDS = ['person', 'company', 'opportunity'] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

/** A pointer at a person, company or opportunity (Twenty's "targetable object"). */
export type RecordRef = { kind: RecordKind; id: string };

/** Just enough to show a record as a chip or a search result. */
export type RecordSummary = RecordRef & { name: string };

export type Member = {
  id: string;
  name: string;
  email: string | null;
  avatarUrl: string | null;
};

/** Enough of a member to show who a task is assigned to; name is null when the backend gives none. */
export type MemberSummary = { id: string; name: string | null };

/** A task relation: links one task to exactly one record. */
export type TaskTarget = {
  id: string;
  taskId: string;
  /** null when the backend answered a target kind this app does not know (e.g. a custom object). */
  target: RecordRef | null;
  createdAt: string;
};

/** Anything a task can hang on, named as the backend names it: a person, company or opportunity,
 *  or another backend's entity (an OKR, a meeting...). `label` is null when the backend gives
 *  no name. `imageUrl` is untrusted text: show it only when the user asks for remote images. */
export type TargetRef = {
  kind: string;
  id: string;
  label: string | null;
  imageUrl?: string | null;
};

/** A person in a workspace as a backend names them (who is assigned, who created the task). */
export type PersonRef = { id: string; name: string | null };

export type TaskNote = { id: string; text: string; authorId: string | null; createdAt: string };

export type TaskTag = { id: string; name: string };

/** When the status last changed, and who changed it (null when the backend does not say). */
export type StatusChange = { changedAt: string; changedById: string | null };

export type Task = {
  id: string;
  title: string;
  bodyMarkdown: string | null;
  status: TaskStatus | null;
  /** ISO date-time, or null for no due date. */
  dueAt: string | null;
  assigneeId: string | null;
  /**
   * The assignee as the backend embedded it (depth 1): null when unassigned, undefined when the
   * backend did not say, in which case only assigneeId is known.
   */
  assignee?: MemberSummary | null;
  /** Present when the backend returned the task's relations (depth 1); undefined otherwise. */
  targets?: TaskTarget[];
  createdAt: string;
  updatedAt: string;
  // The fields below are given by backends that have them; undefined means "not given".
  /** The backend's own word for the status when it is none of TASK_STATUSES (status is then null). */
  statusLabel?: string;
  statusChange?: StatusChange;
  /** When the task was completed, for backends that record it; null while open. */
  completedAt?: string | null;
  /** A date-only due date (YYYY-MM-DD) for backends without a time of day; dueAt is then null. */
  dueDate?: string | null;
  /** What the task hangs on, named, for backends without task relations of their own. */
  linked?: TargetRef[];
  createdBy?: PersonRef | null;
  notes?: TaskNote[];
  tags?: TaskTag[];
  /** The task's place in its list, for backends that keep one. */
  order?: number | null;
};

export type TaskInput = {
  title: string;
  bodyMarkdown: string | null;
  status: TaskStatus;
  dueAt: string | null;
  assigneeId: string | null;
};

export type Money = { amountMicros: number; currencyCode: string };

export type Address = {
  street1: string | null;
  street2: string | null;
  city: string | null;
  postcode: string | null;
  state: string | null;
  country: string | null;
};

export type Person = {
  id: string;
  firstName: string;
  lastName: string;
  /** Display name, never empty ("Unnamed person" when both parts are). */
  name: string;
  email: string | null;
  phone: string | null;
  jobTitle: string | null;
  city: string | null;
  avatarUrl: string | null;
  companyId: string | null;
  createdAt: string;
};

export type Company = {
  id: string;
  name: string;
  domain: string | null;
  employees: number | null;
  address: Address | null;
  createdAt: string;
};

export type Opportunity = {
  id: string;
  name: string;
  amount: Money | null;
  stage: string | null;
  closeDate: string | null;
  companyId: string | null;
  pointOfContactId: string | null;
  createdAt: string;
};

export type PersonDetail = Person & { company: Company | null; taskTargets: TaskTarget[] };
export type CompanyDetail = Company & {
  people: Person[];
  opportunities: Opportunity[];
  taskTargets: TaskTarget[];
};
export type OpportunityDetail = Opportunity & {
  company: Company | null;
  pointOfContact: Person | null;
  taskTargets: TaskTarget[];
};

export type RecordByKind = { person: Person; company: Company; opportunity: Opportunity };
export type RecordDetailByKind = {
  person: PersonDetail;
  company: CompanyDetail;
  opportunity: OpportunityDetail;
};

/** One page of a cursor-paged list. */
export type Page<T> = {
  items: T[];
  /** Pass back as `cursor` for the next page; null when there is none. */
  nextCursor: string | null;
  /** Total matching rows, when the backend says (read it from the first page only). */
  totalCount: number | null;
};
