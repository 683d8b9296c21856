import type { BackendKind } from '@/backends/backend';

// What Settings says about each kind of backend. Only Settings chooses a kind; every other
// screen reads the chosen backend's capabilities.

export type BackendKindInfo = {
  kind: BackendKind;
  /** The radio label. */
  label: string;
  /** The API's name in messages. */
  name: string;
  /** How "Backend in use" names it, given its base URL. */
  describe: (baseUrl: string) => string;
  /** false: the app's own origin, no address to type. */
  needsUrl: boolean;
  /** Where the base URL ends, for the hint. */
  urlHint: string;
  /** An example address for the error message. */
  urlExample: string;
  /** Where to find a key, for the error message. */
  keyHelp: string;
};

export const BACKEND_KINDS: readonly BackendKindInfo[] = [
  {
    kind: 'embedded',
    name: 'embedded',
    label: 'Embedded (served by this app)',
    describe: () => 'Embedded backend (served by this app)',
    needsUrl: false,
    urlHint: '',
    urlExample: '',
    keyHelp: 'Enter the API key that npm start printed.',
  },
  {
    kind: 'dalil',
    name: 'Dalil',
    label: 'Dalil (or a Twenty CRM)',
    describe: (url) => `Dalil at ${url}`,
    needsUrl: true,
    urlHint: 'The address of your workspace, without /rest.',
    urlExample: 'https://app.usedalil.ai',
    keyHelp: 'Enter the API key (in Dalil: Settings, then APIs & Webhooks).',
  },
  {
    kind: 'peoplelogic',
    name: 'Peoplelogic',
    label: 'Peoplelogic (create and edit tasks on an entity)',
    describe: (url) => `Peoplelogic at ${url}`,
    needsUrl: true,
    urlHint: 'The address before /api/v1.',
    urlExample: 'https://api.peoplelogic.dev',
    keyHelp: 'Enter the token (the JWT Peoplelogic gave you).',
  },
  {
    kind: 'rolodex',
    name: 'Rolodex',
    label: 'Rolodex (read tasks)',
    describe: (url) => `Rolodex at ${url}`,
    needsUrl: true,
    urlHint: 'The address before /user-api/v1.',
    urlExample: 'https://rolodex.example.com',
    keyHelp: 'Enter the Rolodex API key.',
  },
];

export function kindInfo(kind: BackendKind): BackendKindInfo {
  const found = BACKEND_KINDS.find((k) => k.kind === kind);
  if (!found) throw new Error(`Unknown backend kind ${kind}`);
  return found;
}
