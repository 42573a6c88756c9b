// Entry point VS Code loads as extensionTestsPath: run the suite, write the results for the runner,
// and fail (reject) when any test failed so the exit code says so too.
import { actionTests } from './actions.test';
import { chartTests, removeChartImages } from './charts.test';
import { explorerTests } from './explorer.test';
import { tests } from './extension.test';
import { runTests, writeResults } from './harness';

export async function run(): Promise<void> {
  const suite = 'vscode-extension';
  // CONTAINERS_E2E_FILTER (a regular expression on test names) runs a subset while iterating; the full run sets none.
  const filter = process.env.CONTAINERS_E2E_FILTER;
  const all = [...tests, ...explorerTests, ...chartTests, ...actionTests];
  const chosen = filter === undefined || filter === '' ? all : all.filter((t) => new RegExp(filter, 'i').test(t.name));
  let results;
  try {
    results = await runTests(suite, chosen);
  } finally {
    await removeChartImages();
  }
  writeResults(suite, results);
  const failed = results.filter((r) => !r.passed).length;
  console.log(`${results.length - failed} passed, ${failed} failed`);
  if (failed > 0) {
    throw new Error(`${failed} extension test(s) failed`);
  }
}
