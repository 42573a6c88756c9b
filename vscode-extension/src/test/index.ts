// Entry point VS Code loads as extensionTestsPath: run the suite, write the results for the runner,
// and fail (reject) when any test failed so the exit code says so too.
import { explorerTests } from './explorer.test';
import { tests } from './extension.test';
import { runTests, writeResults } from './harness';

export async function run(): Promise<void> {
  const suite = 'vscode-extension';
  const results = await runTests(suite, [...tests, ...explorerTests]);
  writeResults(suite, results);
  const failed = results.filter((r) => !r.passed).length;
  console.log(`${results.length - failed} passed, ${failed} failed`);
  if (failed > 0) {
    throw new Error(`${failed} extension test(s) failed`);
  }
}
