import { failedModuleUrl } from './import-again';

describe('failedModuleUrl', () => {
  const own = (path: string) => `${window.location.origin}${path}`;

  it("reads the module a failed import names, in Chromium's and Firefox's words", () => {
    expect(
      failedModuleUrl(
        new TypeError(`Failed to fetch dynamically imported module: ${own('/assets/a-1.js')}`),
      ),
    ).toBe(own('/assets/a-1.js'));
    expect(
      failedModuleUrl(
        new TypeError(`error loading dynamically imported module: ${own('/assets/b-2.js')}`),
      ),
    ).toBe(own('/assets/b-2.js'));
  });

  it('names the module without an earlier attempt, so each new attempt gets its own address', () => {
    const failure = new TypeError(
      `Failed to fetch dynamically imported module: ${own('/assets/a-1.js?retry=3')}`,
    );
    expect(failedModuleUrl(failure)).toBe(own('/assets/a-1.js'));
  });

  it('leaves failures that name no module, or another origin, to the usual import', () => {
    expect(failedModuleUrl(new TypeError('Importing a module script failed.'))).toBeNull();
    expect(
      failedModuleUrl(
        new TypeError('Failed to fetch dynamically imported module: https://evil.example/x.js'),
      ),
    ).toBeNull();
    expect(failedModuleUrl('not an error')).toBeNull();
  });
});
