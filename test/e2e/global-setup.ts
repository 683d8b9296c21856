import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildApp, startStack } from './stack';

// Builds the app once and starts the run's main stack (demo data, no rate limit). Tests read
// where it runs from the environment (see fixtures.ts); the returned function stops it. A
// project with a stack of its own serves the same build (ENV_STATIC_DIR).

export { E2E_API_KEY } from './stack';
export const ENV_BASE_URL = 'TASKLINK_E2E_BASE_URL';
export const ENV_API_KEY = 'TASKLINK_E2E_API_KEY';
export const ENV_STATIC_DIR = 'TASKLINK_E2E_STATIC_DIR';

export default async function globalSetup(): Promise<() => Promise<void>> {
  const buildDir = mkdtempSync(join(tmpdir(), 'tasklink-e2e-app-'));
  const staticDir = join(buildDir, 'app');
  const removeBuild = () => rmSync(buildDir, { recursive: true, force: true });
  let stack;
  try {
    buildApp(staticDir);
    stack = await startStack(staticDir);
  } catch (error) {
    removeBuild();
    throw error;
  }
  // Environment variables set here reach the test workers.
  process.env[ENV_BASE_URL] = stack.baseUrl;
  process.env[ENV_API_KEY] = stack.apiKey;
  process.env[ENV_STATIC_DIR] = staticDir;

  return async () => {
    await stack.stop();
    removeBuild();
  };
}
