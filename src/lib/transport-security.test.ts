import { isLoopbackHost, keepsKeyPrivate } from './transport-security';

describe('keepsKeyPrivate', () => {
  it.each([
    'https://app.usedalil.ai',
    'https://crm.example:8443/base',
    'http://localhost:3000',
    'http://127.0.0.1:5173',
    'http://127.1.2.3',
    'http://[::1]:3000',
    'http://tasks.localhost',
  ])('accepts %s', (url) => {
    expect(keepsKeyPrivate(new URL(url))).toBe(true);
  });

  it.each([
    'http://crm.example',
    'http://10.0.0.5:3000',
    'http://127.0.0.1.evil.example',
    'http://localhost.evil.example',
    'ftp://localhost',
  ])('refuses %s', (url) => {
    expect(keepsKeyPrivate(new URL(url))).toBe(false);
  });

  it('reads IPv4 spellings the way the browser will (http://2130706433 is 127.0.0.1)', () => {
    expect(isLoopbackHost(new URL('http://2130706433').hostname)).toBe(true);
  });
});
