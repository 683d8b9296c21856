import { ApiError, NetworkError, ResponseFormatError } from '@/backends/api-error';

export type ErrorDescription = {
  /** What happened, in a few words. */
  title: string;
  /** The detail the error carries (the server's message), when it adds something. */
  detail: string | null;
  /** What the user can do about it. */
  hint: string;
  /** Whether the backend settings are the likely fix. */
  suggestSettings: boolean;
};

/** Turns any thrown value into words for a person. Messages never hold an API key (see http.ts). */
export function describeError(error: unknown): ErrorDescription {
  if (error instanceof ApiError) {
    if (error.status === 401 || error.status === 403) {
      return {
        title: 'The backend did not accept the API key',
        detail: error.message,
        hint: 'Open Settings and check the API key.',
        suggestSettings: true,
      };
    }
    if (error.status === 404) {
      return {
        title: 'Not found',
        detail: error.message,
        hint: 'It may have been deleted, or the link may be wrong.',
        suggestSettings: false,
      };
    }
    if (error.status === 429) {
      return {
        title: 'The backend asked us to slow down',
        detail: null,
        hint: 'Wait a few seconds, then retry.',
        suggestSettings: false,
      };
    }
    if (error.status >= 500) {
      return {
        title: 'The backend had a problem',
        detail: error.message,
        hint: 'Retry in a moment. If it keeps failing, the backend may be down.',
        suggestSettings: false,
      };
    }
    return {
      title: 'The backend refused the request',
      detail: error.message,
      hint: 'Retry; if it keeps failing, check the backend in Settings.',
      suggestSettings: true,
    };
  }
  if (error instanceof NetworkError) {
    // The title names what happened, the detail only what may be wrong: together they read
    // "Could not reach the server at …: It may be stopped…", never the same words twice.
    return {
      title:
        error.reason === 'timeout'
          ? `The server at ${error.origin} did not answer in time`
          : `Could not reach the server at ${error.origin}`,
      detail: error.detail,
      hint: 'The app keeps trying and carries on by itself when the server is back.',
      suggestSettings: error.crossOrigin,
    };
  }
  if (error instanceof ResponseFormatError) {
    return {
      title: 'The backend answered in an unexpected format',
      detail: error.message,
      hint: 'Check that Settings points at a Dalil or Twenty server.',
      suggestSettings: true,
    };
  }
  return {
    title: 'Something went wrong',
    detail: error instanceof Error && error.message ? error.message : null,
    hint: 'Retry. If it keeps failing, reload the page.',
    suggestSettings: false,
  };
}

/** What went wrong in one line, with the server's message when it adds something. */
export function errorSummary(error: unknown): string {
  if (error instanceof NetworkError) return error.message;
  const { title, detail } = describeError(error);
  return detail && detail !== title ? `${title}: ${detail}` : title;
}

/** For a toast's description: the title as a sentence, or the title and the server's message. */
export function explainError(error: unknown): string {
  if (error instanceof NetworkError) return error.message;
  const { title, detail } = describeError(error);
  return detail ? `${title}: ${detail}` : `${title}.`;
}
