import { describe, expect, it } from 'vitest';
import { firstLoadFiles, type Manifest } from './measure-routes';

const manifest: Manifest = {
  'index.html': {
    file: 'assets/index.js',
    isEntry: true,
    imports: ['_vendor.js'],
    dynamicImports: ['src/board.tsx'],
  },
  '_vendor.js': { file: 'assets/vendor.js', imports: ['_style.css'] },
  '_style.css': { file: 'assets/style.css' },
  '_shared.js': { file: 'assets/shared.js', imports: ['index.html'] },
  'src/board.tsx': {
    file: 'assets/board.js',
    isDynamicEntry: true,
    imports: ['_shared.js', '_vendor.js'],
    dynamicImports: ['src/menu.tsx'],
  },
  'src/menu.tsx': { file: 'assets/menu.js', isDynamicEntry: true, imports: ['_heavy.js'] },
  '_heavy.js': { file: 'assets/heavy.js' },
};

describe('firstLoadFiles', () => {
  it('follows static imports from the entry and the route, once each, JS only', () => {
    expect(firstLoadFiles(manifest, 'src/board.tsx')).toEqual([
      'assets/board.js',
      'assets/index.js',
      'assets/shared.js',
      'assets/vendor.js',
    ]);
  });

  it('leaves out dynamic imports, which load on demand', () => {
    expect(firstLoadFiles(manifest, 'src/board.tsx')).not.toContain('assets/menu.js');
    expect(firstLoadFiles(manifest, null)).toEqual(['assets/index.js', 'assets/vendor.js']);
  });

  it('refuses a route the build does not have', () => {
    expect(() => firstLoadFiles(manifest, 'src/gone.tsx')).toThrow(/no chunk "src\/gone.tsx"/);
  });
});
