// Intl formatters are costly to build (a locale lookup and data load each), and the board formats
// hundreds of dates per render: build each locale's set once and keep it.

/** Wraps `build` so it runs once per locale (`undefined`: the browser's own) and is then reused. */
export function perLocale<T>(build: (locale: string | undefined) => T): (locale?: string) => T {
  const cache = new Map<string, T>();
  return (locale) => {
    const key = locale ?? '';
    let found = cache.get(key);
    if (found === undefined) {
      found = build(locale);
      cache.set(key, found);
    }
    return found;
  };
}
