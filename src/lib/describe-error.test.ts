import { describe, expect, it } from 'vitest';
import { NetworkError } from '@/backends/api-error';
import { describeError, errorSummary, explainError } from './describe-error';

describe('describeError for a server that cannot be reached', () => {
  it('says it once, with no CORS hint for the app’s own server', () => {
    const error = new NetworkError('http://127.0.0.1:5173', 'unreachable', false);
    expect(explainError(error)).toBe(
      'Could not reach the server at http://127.0.0.1:5173. It may be stopped or restarting, or this device may be offline.',
    );
    expect(errorSummary(error)).toBe(explainError(error));
    expect(describeError(error)).toMatchObject({
      title: 'Could not reach the server at http://127.0.0.1:5173',
      suggestSettings: false,
    });
  });

  it('keeps the CORS and address hints for a server on another origin, and offers Settings', () => {
    const error = new NetworkError('https://app.usedalil.ai', 'unreachable', true);
    expect(explainError(error)).toMatch(/address may be wrong.*\(CORS\)\.$/);
    expect(explainError(error).match(/Could not reach/g)).toHaveLength(1);
    expect(describeError(error).suggestSettings).toBe(true);
  });
});
