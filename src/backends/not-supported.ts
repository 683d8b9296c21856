// A port method the backend's API has no call for. Capabilities already keep the UI from
// offering it; this is the clear answer if something asks anyway.

export class NotSupportedError extends Error {
  override readonly name = 'NotSupportedError';
  constructor(
    readonly api: string,
    readonly what: string,
  ) {
    super(`${what} is not supported by the ${api} API.`);
  }
}

export const notSupported = (api: string, what: string) => (): Promise<never> =>
  Promise.reject(new NotSupportedError(api, what));
