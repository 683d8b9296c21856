// Where a filter error is: the condition around the offending character, quoted in the message
// (cut to a readable length) with a 1-based position.

const MAX_SHOWN = 80;

/** `in 'status[foo]:x' (position 8)` for an error at offset `at` of `src`. */
export function describeLocation(src: string, at: number): string {
  let start = Math.min(at, src.length);
  // Back to the start of the condition: just after the previous delimiter.
  while (start > 0 && !',()'.includes(src[start - 1]!) && at - start < MAX_SHOWN / 2) start--;
  while (start < at && /\s/.test(src[start]!)) start++;
  let end = at;
  let quote = '';
  // On to the end of the condition: the next delimiter outside quotes.
  while (end < src.length && end - start < MAX_SHOWN) {
    const c = src[end]!;
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if ((c === ',' || c === ')') && end > at) break;
    end++;
  }
  const text = src.slice(start, Math.max(end, start + 1));
  return text.trim() ? `in '${text}' (position ${at + 1})` : `at position ${at + 1}`;
}

/** `in 'not(a[eq]:1,b[eq]:2)' (position 1)`, for a problem with a whole group. */
export function describeSpan(src: string, start: number, end: number): string {
  const text = src.slice(start, end);
  const shown = text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN - 3)}...` : text;
  return `in '${shown}' (position ${start + 1})`;
}
