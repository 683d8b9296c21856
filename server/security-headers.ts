import type { MiddlewareHandler } from 'hono';

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  // Radix and its scroll lock inject <style> elements and inline styles.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: https:",
  "font-src 'self' data:",
  // The app may be pointed at a Dalil/Twenty backend on any origin the user configures.
  'connect-src *',
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'self'",
].join('; ');

/** JSON is data, never a page: nothing in it may load or run, and nothing may frame it. */
const API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'";

/** On every answer, the API's included: the API's carry CRM data and must not be cached. */
export const securityHeaders: MiddlewareHandler = async (c, next) => {
  await next();
  c.header('X-Content-Type-Options', 'nosniff');
  // The API key travels in the URL fragment on first load; no referrer may carry the URL anywhere.
  c.header('Referrer-Policy', 'no-referrer');
  c.header('X-Frame-Options', 'DENY');
  if (c.res.headers.get('content-type')?.startsWith('text/html')) {
    c.header('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    c.header('Cross-Origin-Opener-Policy', 'same-origin');
    // index.html names the hashed bundles, so it must be revalidated after every build.
    c.header('Cache-Control', 'no-cache');
  } else if (/^\/(rest|api\/v1|user-api\/v1|auth|__test)(\/|$)/.test(c.req.path)) {
    c.header('Content-Security-Policy', API_CONTENT_SECURITY_POLICY);
    c.header('Cache-Control', 'no-store');
  }
};
