import type { BackendKind } from './backend';

/** Which backend the app talks to and how. Stored by features/settings; read here to build the port. */
export type BackendSettings = {
  kind: BackendKind;
  /** '' for the embedded backend: the app's own origin. */
  baseUrl: string;
  apiKey: string;
  remember: boolean;
};
