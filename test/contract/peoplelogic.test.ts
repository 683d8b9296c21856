import { definePeoplelogicContract } from './peoplelogic.contract.ts';
import { startEmbedded, type Embedded } from './embedded-target.ts';

// The Peoplelogic contract against the embedded server (always) and a real service (when
// PEOPLELOGIC_URL, PEOPLELOGIC_TOKEN and PEOPLELOGIC_ENTITY_ID are set).

describe('Peoplelogic contract: embedded server over HTTP', () => {
  let embedded: Embedded;
  let entityId = '';
  beforeAll(async () => {
    embedded = await startEmbedded('contract-peoplelogic-key-51');
    const [person] = await embedded.db.query<{ id: string }>(
      'SELECT "id" FROM people ORDER BY "id" LIMIT 1',
    );
    entityId = person!.id;
  });
  afterAll(() => embedded.close());

  definePeoplelogicContract(() => ({ baseUrl: embedded.url, token: embedded.apiKey, entityId }));
});

const url = process.env.PEOPLELOGIC_URL;
const token = process.env.PEOPLELOGIC_TOKEN;
const entityId = process.env.PEOPLELOGIC_ENTITY_ID;
const configured = Boolean(url && token && entityId);
if (!configured) {
  console.info(
    'contract: the real Peoplelogic block is skipped: set PEOPLELOGIC_URL, PEOPLELOGIC_TOKEN and ' +
      'PEOPLELOGIC_ENTITY_ID (an entity the suite may add tasks to; the API cannot delete them)',
  );
}

describe.skipIf(!configured)('Peoplelogic contract: real service', () => {
  definePeoplelogicContract(() => ({
    baseUrl: url ?? '',
    token: token ?? '',
    entityId: entityId ?? '',
  }));
});
