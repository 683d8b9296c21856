import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The layer rules in eslint.config.js, shown on code that breaks them: `npm run lint` must fail
// on the next tangle, not only pass on today's tree. Each case lints a few lines as if they sat
// at `file`, with the project's own config.

const root = new URL('../..', import.meta.url).pathname;
const eslint = new ESLint({ cwd: root });

async function ruleIds(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: `${root}${file}` });
  return (result?.messages ?? []).map((message) => message.ruleId ?? message.message);
}

describe('layer boundaries in the lint config', () => {
  it("refuses a feature importing another feature's component", async () => {
    const ids = await ruleIds(
      'src/features/records/components/panel-extra.tsx',
      "import { NewTaskButton } from '@/features/tasks/new-task/components/new-task-button';\n" +
        'export const Extra = NewTaskButton;\n',
    );
    expect(ids).toContain('import-x/no-restricted-paths');
  });

  it("lets a feature use another feature's api/", async () => {
    const ids = await ruleIds(
      'src/features/records/use-extra.ts',
      "import { taskQueries } from '@/features/tasks/api/queries';\n" +
        'export const keys = taskQueries.all;\n',
    );
    expect(ids).toEqual([]);
  });

  it('refuses the backends layer importing a feature', async () => {
    const ids = await ruleIds(
      'src/backends/extra.ts',
      "import { taskQueries } from '@/features/tasks/api/queries';\n" +
        'export const keys = taskQueries.all;\n',
    );
    expect(ids).toContain('import-x/no-restricted-paths');
  });

  it('refuses an import cycle', async () => {
    // cache.ts imports queries.ts; queries.ts importing cache.ts back closes the loop.
    const ids = await ruleIds(
      'src/features/tasks/api/queries.ts',
      "import { cachedTask } from './cache';\nexport const read = cachedTask;\n",
    );
    expect(ids).toContain('import-x/no-cycle');
  });
});
