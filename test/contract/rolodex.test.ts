import { defineRolodexContract } from './rolodex.contract.ts';
import { startEmbedded, type Embedded } from './embedded-target.ts';

// The Rolodex contract against the embedded server (always) and a real account (when
// ROLODEX_URL and ROLODEX_API_KEY are set).

describe('Rolodex contract: embedded server over HTTP', () => {
  let embedded: Embedded;
  beforeAll(async () => {
    embedded = await startEmbedded('contract-rolodex-key-84');
  });
  afterAll(() => embedded.close());

  defineRolodexContract(() => ({ baseUrl: embedded.url, apiKey: embedded.apiKey }));
});

const url = process.env.ROLODEX_URL;
const apiKey = process.env.ROLODEX_API_KEY;
const configured = Boolean(url && apiKey);
if (!configured) {
  console.info(
    'contract: the real Rolodex block is skipped: set ROLODEX_URL and ROLODEX_API_KEY to run it against an account',
  );
}

describe.skipIf(!configured)('Rolodex contract: real account', () => {
  defineRolodexContract(() => ({ baseUrl: url ?? '', apiKey: apiKey ?? '' }));
});
