// Drives real VS Code (code-server's workbench in headless Chromium) to run the extension tests in the
// server-side extension host, then writes JUnit XML for tools/summarize-tests.ps1.
// usage: node run-tests.js <baseUrl> <folder> <extDevPath> <testsPath> <resultsJson> <junitOut> <timeoutSeconds>
// Exit code: 0 only when the tests ran and all passed. A run that could not start writes a failing test case.
'use strict';
const { chromium } = require('playwright-core');
const fs = require('fs');
const os = require('os');
const path = require('path');
const util = require('util');
const { writeJUnit } = require('./junit');

const [base, folder, devPath, testsPath, resultsJson, junitOut, timeoutArg] = process.argv.slice(2);
const timeoutMs = Number(timeoutArg || 300) * 1000;
const authority = new URL(base).host;
const payload = [
  ['extensionDevelopmentPath', `vscode-remote://${authority}${devPath}`],
  ['extensionTestsPath', `vscode-remote://${authority}${testsPath}`],
];
const url = `${base}/?folder=${encodeURIComponent(folder)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
const started = Date.now();
// Offline noise from the workbench itself (no gallery, no GitHub sign-in here), not from our tests.
const noise = /AgentHost|ChatModelSelection|AccountPolicyGate|ENOTFOUND|authentication provider 'github'|^Creating a socket|^\[reconnection-grace-time\]/;

// A test asks for a screenshot over the console (harness.ts screenshot()) and waits for the file: written
// under a temporary name and renamed, so it never sees half a PNG.
function takeScreenshot(page, name) {
  const folder = process.env.CONTAINERS_E2E_SCREENSHOTS;
  if (!folder) return;
  const file = path.join(folder, `${name}.png`);
  page.screenshot({ path: `${file}.part`, type: 'png' })
    .then(() => fs.renameSync(`${file}.part`, file))
    .catch((e) => console.log(`screenshot ${name} failed: ${e}`));
}

(async () => {
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'containers-e2e-chromium-'));
  let exitCode = 'not run';
  try {
    const context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: process.env.E2E_CHROMIUM || '/usr/bin/chromium',
      headless: true,
      viewport: { width: 1280, height: 800 },
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
        '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    try {
      const page = context.pages()[0] || (await context.newPage());
      let done;
      const exited = new Promise((resolve) => { done = resolve; });
      // The smoke-test driver hands the extension host's console and its exit code to these.
      await page.exposeFunction('codeAutomationLog', (_type, args) => {
        const line = util.format(...args);
        const shot = /^\[screenshot\] ([\w.-]+)$/.exec(line);
        if (shot) takeScreenshot(page, shot[1]);
        if (!noise.test(line)) console.log(line);
      });
      await page.exposeFunction('codeAutomationExit', (code) => done(code));
      if (process.env.E2E_BROWSER_CONSOLE) page.on('console', (m) => console.log('[browser]', m.text().slice(0, 300)));
      // The overall timeout bounds the page load too: a loaded machine can take longer than playwright's 30 s.
      await page.goto(url, { timeout: timeoutMs, waitUntil: 'domcontentloaded' });
      exitCode = await Promise.race([exited, new Promise((r) => setTimeout(() => r('timeout'), timeoutMs))]);
    } finally {
      await context.close();
    }
  } finally {
    fs.rmSync(userDataDir, { recursive: true, force: true });
  }
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`extension tests exit code: ${exitCode} after ${seconds}s`);
  return { exitCode, seconds };
})()
  .catch((e) => ({ exitCode: 'error', error: e }))
  .then(({ exitCode, seconds, error }) => {
    let results = null;
    try { results = JSON.parse(fs.readFileSync(resultsJson, 'utf8')); } catch { /* none written */ }
    const cases = results ? results.results.map((r) => ({ name: r.name, seconds: r.durationMs / 1000, failure: r.passed ? null : r.error })) : [];
    if (!results || exitCode !== 0 && cases.every((c) => !c.failure)) {
      // The host never reported (or reported success but exited non-zero): that is a failure, never a skip.
      const why = error ? String(error.stack || error) : `the extension tests exited with '${exitCode}' ${results ? 'after reporting' : 'without reporting results'}`;
      cases.push({ name: 'extension test run completes', seconds: Number(seconds || 0), failure: why });
    }
    const install = process.env.CONTAINERS_E2E_INSTALL;
    if (install !== undefined) {
      cases.push({ name: 'code-server --install-extension installs the .vsix', seconds: 0, failure: install === 'ok' ? null : install });
    }
    writeJUnit(junitOut, 'vscode-e2e', cases);
    const failed = cases.filter((c) => c.failure).length;
    console.log(`${cases.length - failed} passed, ${failed} failed`);
    process.exit(failed === 0 && exitCode === 0 ? 0 : 1);
  });
