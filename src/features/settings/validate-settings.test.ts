import { describe, expect, it } from 'vitest';
import { maskKey } from './mask-key';
import { validateSettings } from './validate-settings';

const dalil = (baseUrl: string, apiKey = 'k') => ({
  kind: 'dalil' as const,
  baseUrl,
  apiKey,
  remember: false,
});

describe('validateSettings', () => {
  it('accepts https anywhere and http on this machine only', () => {
    expect(validateSettings(dalil('https://app.usedalil.ai'))).toEqual({});
    expect(validateSettings(dalil('http://127.0.0.1:3000/crm'))).toEqual({});
  });

  it.each([
    ['', /Enter the address/],
    ['app.usedalil.ai', /starting with https:\/\//],
    ['ftp://files.example.com', /Only http:\/\/ and https:\/\//],
    ['javascript:alert(1)', /Only http:\/\/ and https:\/\//],
    ['https://user:secret@crm.example.com', /not in the address/],
    // The key would cross the network in clear text.
    ['http://crm.example.com', /Use https:\/\/ for this address/],
    ['http://192.168.1.20:3000', /Use https:\/\/ for this address/],
  ])('refuses %j with a clear message', (url, message) => {
    expect(validateSettings(dalil(url)).baseUrl).toMatch(message);
  });

  it('needs a key for Dalil but not for the embedded backend', () => {
    expect(validateSettings(dalil('https://app.usedalil.ai', ' ')).apiKey).toMatch(/API key/);
    expect(
      validateSettings({ kind: 'embedded', baseUrl: '', apiKey: '', remember: false }),
    ).toEqual({});
  });
});

describe('maskKey', () => {
  it('shows at most the last four characters', () => {
    expect(maskKey('sk_live_abcdefghWXYZ')).toBe('••••••••WXYZ');
    expect(maskKey('short')).toBe('••••••••');
    expect(maskKey('')).toBe('');
  });
});
