import { pickEncoding, varyOnAcceptEncoding } from './content-encoding.ts';

describe('pickEncoding', () => {
  it.each([
    [undefined, undefined],
    ['', undefined],
    ['identity', undefined],
    ['gzip', 'gzip'],
    ['br', 'br'],
    ['gzip, deflate, br, zstd', 'br'],
    ['br;q=0, gzip', 'gzip'],
    ['gzip;q=1.0, br;q=0.5', 'gzip'],
    ['BR;Q=0.8', 'br'],
    ['*', 'br'],
    ['*;q=0', undefined],
    ['gzip;q=0, *', 'br'],
    ['x-gzip', 'gzip'],
    ['deflate, compress', undefined],
  ] as const)('Accept-Encoding %j -> %j', (header, expected) => {
    expect(pickEncoding(header)).toBe(expected);
  });

  it('picks only among the variants on offer', () => {
    expect(pickEncoding('br, gzip', ['gzip'])).toBe('gzip');
    expect(pickEncoding('br', ['gzip'])).toBeUndefined();
    expect(pickEncoding('br, gzip', [])).toBeUndefined();
  });
});

describe('varyOnAcceptEncoding', () => {
  it('adds Accept-Encoding once, keeping what Vary already named', () => {
    const headers = new Headers({ vary: 'Origin' });
    varyOnAcceptEncoding(headers);
    varyOnAcceptEncoding(headers);
    expect(headers.get('vary')).toBe('Origin, Accept-Encoding');
    const fresh = new Headers();
    varyOnAcceptEncoding(fresh);
    expect(fresh.get('vary')).toBe('Accept-Encoding');
  });
});
