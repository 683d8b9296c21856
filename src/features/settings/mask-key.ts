/** A saved key is only ever shown like this: enough to recognise it, not to use it. */
export function maskKey(key: string): string {
  if (key === '') return '';
  return key.length > 8 ? `••••••••${key.slice(-4)}` : '••••••••';
}
