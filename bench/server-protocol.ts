// What bench/seeded-server.ts prints once it serves, and the key it serves with.
export const READY_PREFIX = 'bench server ready: ';
export const BENCH_API_KEY = 'bench-key-not-secret-0123456789';
