// An API key sent over plain http:// can be read by anyone on the path. Loopback never leaves the
// machine, so http:// is allowed there (a local Twenty, the embedded server); anywhere else the key
// must travel over https://.

const LOOPBACK_NAMES = new Set(['localhost', '[::1]', '::1']);

export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  if (LOOPBACK_NAMES.has(host) || host.endsWith('.localhost')) return true;
  // 127.0.0.0/8 in dotted-quad form; URL() has already normalised other IPv4 spellings.
  return /^127(\.\d{1,3}){3}$/.test(host);
}

/** Whether an API key may be sent to `url` without being readable on the network. */
export function keepsKeyPrivate(url: URL): boolean {
  return url.protocol === 'https:' || (url.protocol === 'http:' && isLoopbackHost(url.hostname));
}
