// Every failure the server answers is an HttpError, rendered as the contract's error body:
// { statusCode, error, messages: [...] }.
export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    readonly error: string,
    readonly messages: string[],
  ) {
    super(messages.join('; '));
  }
  body() {
    return { statusCode: this.statusCode, error: this.error, messages: this.messages };
  }
}

export const badRequest = (...messages: string[]) =>
  new HttpError(400, 'BadRequestException', messages);
export const notFound = (message = 'Record not found') =>
  new HttpError(404, 'NotFoundException', [message]);
export const unauthenticated = (message: string) =>
  new HttpError(401, 'UNAUTHENTICATED', [message]);
