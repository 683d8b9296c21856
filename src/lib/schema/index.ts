// Runtime schemas for what the board reads before its first card: server answers, stored
// settings, cursors, messages from other tabs. zod stays the stack's choice for forms (loaded on
// demand), but even zod/mini's core weighs about 15 KB gzipped, an eighth of issue 10's first-load
// budget; this module keeps the subset the start path uses, with the same call syntax, in about 1.
// Issues carry their own English message, since zod/mini leaves its messages out.
export * as z from './z';
