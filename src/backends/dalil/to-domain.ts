import type {
  Address,
  Company,
  CompanyDetail,
  Member,
  MemberSummary,
  Opportunity,
  OpportunityDetail,
  Person,
  PersonDetail,
  RecordRef,
  Task,
  TaskTarget,
} from '@/domain/types';
import type {
  WireCompany,
  WireCompanyDetail,
  WireMember,
  WireOpportunity,
  WireOpportunityDetail,
  WirePerson,
  WirePersonDetail,
  WireTask,
  WireTaskDetail,
  WireTaskTarget,
} from './wire-schemas';

// Wire -> domain. Runs only on parsed data; its job is naming, defaults for missing values and
// the variants of one field (personId/targetPersonId), so components never see a wire object.

const text = (value: string | null | undefined): string | null => {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
};

export function targetOf(wire: WireTaskTarget): RecordRef | null {
  const personId = wire.personId ?? wire.targetPersonId;
  if (personId) return { kind: 'person', id: personId };
  const companyId = wire.companyId ?? wire.targetCompanyId;
  if (companyId) return { kind: 'company', id: companyId };
  const opportunityId = wire.opportunityId ?? wire.targetOpportunityId;
  if (opportunityId) return { kind: 'opportunity', id: opportunityId };
  return null;
}

/** A relation without a task (possible in Twenty's schema) is not a link; it maps to null. */
export function toTaskTarget(wire: WireTaskTarget, taskId?: string): TaskTarget | null {
  const owner = wire.taskId ?? taskId;
  if (!owner) return null;
  return { id: wire.id, taskId: owner, target: targetOf(wire), createdAt: wire.createdAt };
}

export function toTaskTargets(
  wires: readonly WireTaskTarget[] | null | undefined,
  taskId?: string,
): TaskTarget[] {
  return (wires ?? []).flatMap((w) => toTaskTarget(w, taskId) ?? []);
}

export function toTask(wire: WireTask | WireTaskDetail): Task {
  const task: Task = {
    id: wire.id,
    title: text(wire.title) ?? 'Untitled task',
    bodyMarkdown: text(wire.bodyV2?.markdown) ?? text(wire.body),
    status: wire.status ?? null,
    dueAt: text(wire.dueAt),
    assigneeId: text(wire.assigneeId),
    createdAt: wire.createdAt,
    updatedAt: wire.updatedAt ?? wire.createdAt,
  };
  if ('taskTargets' in wire && wire.taskTargets) {
    task.targets = toTaskTargets(wire.taskTargets, wire.id);
  }
  if ('assignee' in wire) task.assignee = toAssignee(wire.assignee, task.assigneeId);
  return task;
}

export function fullName(
  name: { firstName?: string | null; lastName?: string | null } | null | undefined,
): { firstName: string; lastName: string; joined: string } {
  const firstName = name?.firstName?.trim() ?? '';
  const lastName = name?.lastName?.trim() ?? '';
  return { firstName, lastName, joined: [firstName, lastName].filter(Boolean).join(' ') };
}

export function toPerson(wire: WirePerson): Person {
  const name = fullName(wire.name);
  const number = text(wire.phones?.primaryPhoneNumber);
  const callingCode = text(wire.phones?.primaryPhoneCallingCode);
  return {
    id: wire.id,
    firstName: name.firstName,
    lastName: name.lastName,
    name: name.joined || 'Unnamed person',
    email: text(wire.emails?.primaryEmail),
    phone: number ? [callingCode, number].filter(Boolean).join(' ') : null,
    jobTitle: text(wire.jobTitle),
    city: text(wire.city),
    avatarUrl: text(wire.avatarUrl),
    companyId: text(wire.companyId),
    createdAt: wire.createdAt,
  };
}

function toAddress(wire: WireCompany['address']): Address | null {
  if (!wire) return null;
  const address: Address = {
    street1: text(wire.addressStreet1),
    street2: text(wire.addressStreet2),
    city: text(wire.addressCity),
    postcode: text(wire.addressPostcode),
    state: text(wire.addressState),
    country: text(wire.addressCountry),
  };
  return Object.values(address).some((v) => v !== null) ? address : null;
}

export function toCompany(wire: WireCompany): Company {
  return {
    id: wire.id,
    name: text(wire.name) ?? 'Unnamed company',
    domain: text(wire.domainName?.primaryLinkUrl),
    employees: wire.employees ?? null,
    address: toAddress(wire.address),
    createdAt: wire.createdAt,
  };
}

export function toOpportunity(wire: WireOpportunity): Opportunity {
  const micros = wire.amount?.amountMicros;
  const currencyCode = text(wire.amount?.currencyCode);
  return {
    id: wire.id,
    name: text(wire.name) ?? 'Unnamed opportunity',
    // An amount without its currency cannot be shown truthfully, so it counts as no amount.
    amount:
      micros === null || micros === undefined || currencyCode === null
        ? null
        : { amountMicros: micros, currencyCode },
    stage: text(wire.stage),
    closeDate: text(wire.closeDate),
    companyId: text(wire.companyId),
    pointOfContactId: text(wire.pointOfContactId),
    createdAt: wire.createdAt,
  };
}

/**
 * The embedded assignee, when it agrees with assigneeId; a missing or mismatched one says
 * nothing (undefined), so a reader falls back to the id rather than showing a wrong name.
 */
function toAssignee(
  wire: WireMember | null | undefined,
  assigneeId: string | null,
): MemberSummary | null | undefined {
  if (wire === undefined) return undefined;
  if (wire === null) return assigneeId === null ? null : undefined;
  if (assigneeId !== null && wire.id !== assigneeId) return undefined;
  return { id: wire.id, name: toMember(wire).name };
}

export function toMember(wire: WireMember): Member {
  const email = text(wire.userEmail);
  return {
    id: wire.id,
    name: fullName(wire.name).joined || email || 'Unnamed member',
    email,
    avatarUrl: text(wire.avatarUrl),
  };
}

export function toPersonDetail(wire: WirePersonDetail): PersonDetail {
  return {
    ...toPerson(wire),
    company: wire.company ? toCompany(wire.company) : null,
    taskTargets: toTaskTargets(wire.taskTargets),
  };
}

export function toCompanyDetail(wire: WireCompanyDetail): CompanyDetail {
  return {
    ...toCompany(wire),
    people: (wire.people ?? []).map(toPerson),
    opportunities: (wire.opportunities ?? []).map(toOpportunity),
    taskTargets: toTaskTargets(wire.taskTargets),
  };
}

export function toOpportunityDetail(wire: WireOpportunityDetail): OpportunityDetail {
  return {
    ...toOpportunity(wire),
    company: wire.company ? toCompany(wire.company) : null,
    pointOfContact: wire.pointOfContact ? toPerson(wire.pointOfContact) : null,
    taskTargets: toTaskTargets(wire.taskTargets),
  };
}
