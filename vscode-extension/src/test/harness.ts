// A minimal test runner for the extension host (no mocha: nothing to download into VS Code). Runs the
// tests in order, each with a timeout, and reports results as JSON for tests/vscode-e2e/run-tests.js.
import * as fs from 'fs';

export interface TestCase {
  readonly name: string;
  readonly run: () => Promise<void>;
}

export interface TestResult {
  readonly name: string;
  readonly passed: boolean;
  readonly error?: string;
  readonly durationMs: number;
}

const testTimeoutMs = 60_000;

export async function runTests(suite: string, tests: readonly TestCase[]): Promise<TestResult[]> {
  const results: TestResult[] = [];
  for (const test of tests) {
    const started = Date.now();
    try {
      await withTimeout(test.run(), testTimeoutMs, test.name);
      results.push({ name: test.name, passed: true, durationMs: Date.now() - started });
      console.log(`  ✓ ${suite}: ${test.name}`);
    } catch (e) {
      const error = e instanceof Error ? (e.stack ?? e.message) : String(e);
      results.push({ name: test.name, passed: false, error, durationMs: Date.now() - started });
      console.log(`  ✗ ${suite}: ${test.name}\n${error}`);
    }
  }
  return results;
}

export function writeResults(suite: string, results: readonly TestResult[]): void {
  const file = process.env.CONTAINERS_E2E_RESULTS;
  if (file !== undefined && file !== '') {
    fs.writeFileSync(file, JSON.stringify({ suite, results }, null, 2));
  }
}

async function withTimeout(promise: Promise<void>, ms: number, name: string): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      promise,
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => {
          reject(new Error(`'${name}' did not finish within ${ms / 1000} s`));
        }, ms);
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}

/** Polls until <paramref>condition</paramref> returns a value; rejects with <paramref>what</paramref> after the timeout. */
export async function waitFor<T>(what: string, condition: () => T | undefined, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = condition();
    if (value !== undefined) {
      return value;
    }
    if (Date.now() > deadline) {
      throw new Error(`timed out waiting for ${what}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export function assertEqual<T>(actual: T, expected: T, what: string): void {
  if (actual !== expected) {
    throw new Error(`${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
  }
}

/**
 * Asks the test driver (tests/vscode-e2e/run-tests.js, which owns the browser) for a screenshot of the
 * workbench as it is now, and waits until the PNG is written, so the next step cannot change the picture.
 * The request travels over the extension host's console, the one channel from here to the driver.
 * Returns the file's path; fails when no driver answers (CONTAINERS_E2E_SCREENSHOTS names its folder).
 */
export async function screenshot(name: string): Promise<string> {
  const folder = process.env.CONTAINERS_E2E_SCREENSHOTS;
  if (folder === undefined || folder === '') {
    throw new Error('CONTAINERS_E2E_SCREENSHOTS is not set: no driver to take the screenshot');
  }
  const file = `${folder}/${name}.png`;
  fs.rmSync(file, { force: true });
  console.log(`[screenshot] ${name}`);
  return waitFor(`the screenshot ${file}`, () => (fs.existsSync(file) && fs.statSync(file).size > 0 ? file : undefined));
}
