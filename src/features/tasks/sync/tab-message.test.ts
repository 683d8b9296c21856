import { describe, expect, it } from 'vitest';
import { channelName, fromMessage, toMessage } from './tab-message';

describe('tab messages', () => {
  it('carries ids through the channel and back', () => {
    const change = {
      taskIds: ['t1'],
      relationIds: ['r1'],
      records: [{ kind: 'person' as const, id: 'ada' }],
    };
    expect(fromMessage(structuredClone(toMessage(change)))).toEqual(change);
  });

  it('ignores anything else on the channel', () => {
    expect(fromMessage({ type: 'tasks-changed', version: 2, taskIds: [] })).toBeNull();
    expect(fromMessage('hello')).toBeNull();
    expect(
      fromMessage({
        ...toMessage({ taskIds: [], relationIds: [], records: [] }),
        records: [{ kind: 'meeting', id: 'x' }],
      }),
    ).toBeNull();
  });

  it('names one channel per backend, without its key', () => {
    const dalil = { kind: 'dalil' as const, baseUrl: 'https://crm.example/', apiKey: 'secret-key' };
    const name = channelName(dalil);
    expect(name).not.toContain('secret');
    expect(name).not.toContain('crm.example');
    expect(channelName({ ...dalil, baseUrl: 'https://crm.example' })).toBe(name);
    expect(channelName({ ...dalil, baseUrl: 'https://other.example' })).not.toBe(name);
    expect(channelName({ kind: 'embedded', baseUrl: '' })).not.toBe(name);
  });
});
