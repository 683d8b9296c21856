import autocannon, { type Options } from 'autocannon';

// The load generator of bench-server.ts, in a process of its own: the server's process then
// spends its CPU only on serving, so process.cpuUsage() there is the server's cost per request.
// Reads its options as JSON from argv[2] and prints autocannon's result as JSON on stdout.

const options = JSON.parse(process.argv[2] ?? '{}') as Options;
const result = await autocannon(options);
process.stdout.write(JSON.stringify(result));
