import { afterEach, describe, expect, it } from 'vitest';
import { loadMe, saveMe } from './me-store';

const embedded = { kind: 'embedded' as const, baseUrl: '' };
const dalil = { kind: 'dalil' as const, baseUrl: 'https://crm.example.test' };
const otherDalil = { kind: 'dalil' as const, baseUrl: 'https://other.example.test' };

afterEach(() => localStorage.clear());

describe('me-store', () => {
  it('remembers who the user is per backend, by kind and address', () => {
    saveMe(dalil, { id: 'm-1', name: 'Ada Lovelace' });
    expect(loadMe(dalil)).toEqual({ id: 'm-1', name: 'Ada Lovelace' });
    expect(loadMe(otherDalil)).toBeNull();
    expect(loadMe(embedded)).toBeNull();
  });

  it('forgets on null, and reads anything unreadable as nobody', () => {
    saveMe(embedded, { id: 'm-2', name: 'Grace Hopper' });
    saveMe(embedded, null);
    expect(loadMe(embedded)).toBeNull();
    localStorage.setItem('tasklink.me.embedded.', '{not json');
    expect(loadMe(embedded)).toBeNull();
    localStorage.setItem('tasklink.me.embedded.', JSON.stringify({ id: '' }));
    expect(loadMe(embedded)).toBeNull();
  });

  it('never stores a key, only the member', () => {
    saveMe(dalil, { id: 'm-1', name: 'Ada Lovelace' });
    expect(Object.keys(localStorage)).toEqual(['tasklink.me.dalil.https://crm.example.test']);
  });
});
