import {
  wireCompany,
  wireMember,
  wireOpportunity,
  wirePerson,
  wireTask,
  wireTaskTarget,
} from '@/backends/dalil/wire-fixtures';
import type { RecordKind, RecordSummary } from '@/domain/types';
import { server } from '@/testing/msw-server';
import { dalilHandler } from './fake-dalil-handler';
import type { Row } from './fake-dalil-list';
import { createStore, uuid, type Plural, type Target } from './fake-dalil-store';
import { createTraffic } from './fake-dalil-traffic';

// A stateful, in-memory Dalil REST API at the network edge, for the app's tests: the app's
// whole request path runs against it. A test seeds records and tasks, calls `listen()`, and
// then reads the tables, the request log, or chooses failures and held answers. For an answer
// the fake cannot give (a malformed body, a page size of the test's own), a test adds its own
// MSW handler with `server.use(...)` after `listen()`; returning nothing falls through to the fake.

export { errorResponse, type LoggedRequest } from './fake-dalil-traffic';
export { MEMBER, uuid, type Target } from './fake-dalil-store';

/** "Ada Lovelace" as Twenty's name object: the first word, then the rest. */
function personName(name: string) {
  const [firstName = '', ...rest] = name.split(' ');
  return { firstName, lastName: rest.join(' ') };
}

function summaryOf(kind: RecordKind, row: Row): RecordSummary {
  if (kind !== 'person') return { kind, id: row.id, name: String(row.name) };
  const { firstName, lastName } = row.name as { firstName: string; lastName: string };
  return { kind, id: row.id, name: `${firstName} ${lastName}` };
}

export function createFakeDalilApi() {
  const store = createStore();
  const traffic = createTraffic();
  const { tables } = store;
  let relations = 0;

  function seed(kind: RecordKind, plural: Plural, row: Row): RecordSummary {
    tables[plural].set(row.id, row);
    return summaryOf(kind, row);
  }

  /** Links a task to one record with a new relation; returns the relation's id. */
  function link(taskId: string, target: Target) {
    const id = uuid(++relations, 'e');
    tables.taskTargets.set(id, wireTaskTarget(id, taskId, target));
    return id;
  }

  return {
    tasks: tables.tasks,
    taskTargets: tables.taskTargets,
    /** Every request, in the order it came. */
    log: traffic.log,
    calls: traffic.calls,
    requests: traffic.requests,
    fail: traffic.fail,
    recover: traffic.recover,
    hold: traffic.hold,

    /** Installs the fake; `server.use(...)` after this overrides a route. */
    listen() {
      server.use(dalilHandler(store, traffic));
    },

    person(id: string, name?: string, over: Record<string, unknown> = {}) {
      const named = name === undefined ? {} : { name: personName(name) };
      return seed('person', 'people', wirePerson(id, { ...named, ...over }));
    },
    company(id: string, name?: string, over: Record<string, unknown> = {}) {
      return seed('company', 'companies', wireCompany(id, { ...(name && { name }), ...over }));
    },
    opportunity(id: string, name?: string, over: Record<string, unknown> = {}) {
      const row = wireOpportunity(id, { ...(name && { name }), ...over });
      return seed('opportunity', 'opportunities', row);
    },

    /** A workspace member besides MEMBER; `name` is "First Last". */
    member(id: string, name: string, over: Record<string, unknown> = {}) {
      tables.workspaceMembers.set(id, wireMember(id, { name: personName(name), ...over }));
    },

    /** Stores a task (replacing one with its id) linked to `targets`; returns the relations' ids. */
    task(id: string, over: Record<string, unknown> = {}, targets: Target[] = []) {
      tables.tasks.set(id, wireTask(id, over));
      return targets.map((target) => link(id, target));
    },
    link,
  };
}

export type FakeDalilApi = ReturnType<typeof createFakeDalilApi>;
