// A configured TASKLINK_API_KEY is the only thing between the network and the data. A short or
// repetitive one falls to a dictionary in seconds, so the server says so at start (never the key).

const MIN_LENGTH = 16;
const MIN_DISTINCT = 8;

/** Why `key` is weak, or undefined when it is not. Says nothing that would narrow a guess. */
export function weakKeyReason(key: string): string | undefined {
  if (key.length < MIN_LENGTH) return `it is shorter than ${MIN_LENGTH} characters`;
  if (new Set(key).size < MIN_DISTINCT) return `it repeats too few different characters`;
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((re) => re.test(key)).length;
  if (classes < 2) return 'it uses only one kind of character';
  return undefined;
}

export const weakKeyWarning = (reason: string) =>
  `tasklink: warning: TASKLINK_API_KEY is weak (${reason}); use at least ${MIN_LENGTH} random characters, or leave it unset to get a generated key`;
