import { execFile as execFileCb } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { Options, Result } from 'autocannon';

const execFile = promisify(execFileCb);
const LOAD_SCRIPT = fileURLToPath(new URL('./load.ts', import.meta.url));

/** autocannon in a child process (load.ts), with this process's CPU time over the same span:
 *  the server's cost, since the load generator spends its CPU elsewhere. */
export async function runLoad(options: Options): Promise<{ result: Result; cpuMs: number }> {
  const before = process.cpuUsage();
  const { stdout } = await execFile(
    process.execPath,
    ['--import', 'tsx', LOAD_SCRIPT, JSON.stringify(options)],
    { maxBuffer: 64 * 1024 * 1024 },
  );
  const used = process.cpuUsage(before);
  return { result: JSON.parse(stdout) as Result, cpuMs: (used.user + used.system) / 1000 };
}
