import { bodyLimit } from 'hono/body-limit';
import { HttpError } from './errors.ts';

/** The largest request body the API takes, served or proxied alike. */
export const MAX_BODY_BYTES = 1024 * 1024;

/** Refuses a larger body with 413 before it is read. */
export const restBodyLimit = () =>
  bodyLimit({
    maxSize: MAX_BODY_BYTES,
    onError: () => {
      throw new HttpError(413, 'PayloadTooLargeException', [
        `Body larger than ${MAX_BODY_BYTES} bytes`,
      ]);
    },
  });
