// Every failure the server answers is an HttpError, rendered as Twenty's error body:
// { statusCode, error, messages: [...] }, plus `code` where Twenty sends one (INVALID_CURSOR,
// FIELD_NOT_FOUND, INVALID_QUERY_INPUT), so a client can branch on it without parsing text.
export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    readonly error: string,
    readonly messages: string[],
    readonly code?: string,
  ) {
    super(messages.join('; '));
  }
  body(): Record<string, unknown> {
    const body: Record<string, unknown> = {
      statusCode: this.statusCode,
      error: this.error,
      messages: this.messages,
    };
    if (this.code !== undefined) body.code = this.code;
    return body;
  }
}

/** NestJS's own 400 for a body that is not JSON: one `message`, no `messages` (as Twenty). */
export class MalformedJsonError extends HttpError {
  constructor(message: string) {
    super(400, 'Bad Request', [message]);
  }
  override body(): Record<string, unknown> {
    return { statusCode: 400, error: 'Bad Request', message: this.messages[0] };
  }
}

export const badRequest = (...messages: string[]) =>
  new HttpError(400, 'BadRequestException', messages);
/** Twenty's query-layer errors: `error: 'Error'` and, for some, a `code`. */
export const queryError = (message: string, code?: string) =>
  new HttpError(400, 'Error', [message], code);
/** A request Twenty answers without an error but wrongly; the twin refuses it so no client
 *  comes to depend on it. */
export const unsupported = (message: string) =>
  new HttpError(400, 'BadRequestException', [`Dalil does not support ${message}`]);
export const notFound = (message = 'Record not found') =>
  new HttpError(404, 'NotFoundException', [message]);
export const unauthenticated = (message: string) =>
  new HttpError(401, 'UNAUTHENTICATED', [message]);
export const forbidden = (message: string) => new HttpError(403, 'FORBIDDEN_EXCEPTION', [message]);
