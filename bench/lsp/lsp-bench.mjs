// One LSP client over stdio for both servers, so the figures compare like with like (bench/lsp/README.md).
// Usage: node lsp-bench.mjs <name> [--startup-only] <command> [args...]   → prints one JSON object of figures on stdout.
// --startup-only: cold start and idle RSS only (the startup floor answers nothing else).
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { bigDockerfile } from './big-dockerfile.mjs';

const [name, ...rest] = process.argv.slice(2);
const startupOnly = rest[0] === '--startup-only';
const [command, ...args] = startupOnly ? rest.slice(1) : rest;
const now = () => performance.now();
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

class Client {
  constructor(cmd, argv) {
    this.proc = spawn(cmd, argv, { stdio: ['pipe', 'pipe', 'ignore'] });
    this.buffer = Buffer.alloc(0);
    this.nextId = 1;
    this.pending = new Map();
    this.listeners = [];
    this.proc.stdout.on('data', (chunk) => this.onData(chunk));
  }

  onData(chunk) {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const headerEnd = this.buffer.indexOf('\r\n\r\n');
      if (headerEnd < 0) return;
      const match = /Content-Length: *(\d+)/i.exec(this.buffer.subarray(0, headerEnd).toString('ascii'));
      const length = Number(match[1]);
      if (this.buffer.length < headerEnd + 4 + length) return;
      const message = JSON.parse(this.buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString('utf8'));
      this.buffer = this.buffer.subarray(headerEnd + 4 + length);
      this.dispatch(message);
    }
  }

  dispatch(message) {
    const at = now();
    if (message.id !== undefined && message.method === undefined) {
      const waiter = this.pending.get(message.id);
      this.pending.delete(message.id);
      waiter?.({ message, at });
    } else if (message.method !== undefined && message.id !== undefined) {
      // Server → client request (workspace/configuration, client/registerCapability): answer plainly.
      const result = message.method === 'workspace/configuration' ? message.params.items.map(() => null) : null;
      this.send({ jsonrpc: '2.0', id: message.id, result });
    } else {
      for (const listener of [...this.listeners]) listener(message, at);
    }
  }

  send(message) {
    const body = Buffer.from(JSON.stringify(message), 'utf8');
    this.proc.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
    this.proc.stdin.write(body);
  }

  request(method, params) {
    const id = this.nextId++;
    const sent = now();
    return new Promise((resolve) => {
      this.pending.set(id, ({ message, at }) => resolve({ message, ms: at - sent }));
      this.send({ jsonrpc: '2.0', id, method, params });
    });
  }

  notify(method, params) {
    this.send({ jsonrpc: '2.0', method, params });
  }

  waitFor(predicate) {
    return new Promise((resolve) => {
      const listener = (message, at) => {
        if (predicate(message)) {
          this.listeners.splice(this.listeners.indexOf(listener), 1);
          resolve(at);
        }
      };
      this.listeners.push(listener);
    });
  }

  memory() {
    const status = readFileSync(`/proc/${this.proc.pid}/status`, 'utf8');
    const kb = (key) => Number(new RegExp(`${key}:\\s+(\\d+)`).exec(status)[1]);
    return { rssMb: kb('VmRSS') / 1024, peakMb: kb('VmHWM') / 1024 };
  }

  // CPU time the process has run so far, all threads (schedstat: ns on CPU). Unlike wall-clock time it hardly
  // moves with the machine's load, so it separates our start-up work from waiting for a core.
  cpuMs() {
    let ns = 0;
    for (const task of readdirSync(`/proc/${this.proc.pid}/task`)) {
      try { ns += Number(readFileSync(`/proc/${this.proc.pid}/task/${task}/schedstat`, 'utf8').split(' ')[0]); } catch { /* thread ended */ }
    }
    return ns / 1e6;
  }

  async stop() {
    await this.request('shutdown', null);
    this.notify('exit', null);
    await new Promise((r) => this.proc.on('exit', r));
  }
}

const capabilities = {
  textDocument: {
    synchronization: { dynamicRegistration: false },
    publishDiagnostics: { versionSupport: true },
    semanticTokens: {
      requests: { full: { delta: true }, range: true },
      tokenTypes: ['keyword', 'comment', 'parameter', 'property', 'namespace', 'class', 'macro', 'string', 'variable', 'operator'],
      tokenModifiers: ['declaration', 'definition', 'deprecated'],
      formats: ['relative'],
    },
    hover: { contentFormat: ['markdown'] },
  },
  workspace: { configuration: false },
};

// spawn() returns once the child has exec'd (libuv waits for that), so initializeMs is the server's own start: the
// dynamic loader, its runtime and its Main up to the answer, without the client's fork (about 10 ms of a node client
// here, and whatever a real editor's is).
async function start() {
  const client = new Client(command, args);
  const { ms } = await client.request('initialize', { processId: process.pid, rootUri: null, capabilities });
  const cpuMs = client.cpuMs();
  client.notify('initialized', {});
  return { client, initializeMs: ms, cpuMs };
}


const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
const diagnosticsFor = (uri, version) => (m) =>
  m.method === 'textDocument/publishDiagnostics' && m.params.uri === uri && (version === undefined || m.params.version === undefined || m.params.version === version);

const figures = { server: name };
const log = (...xs) => { if (process.env.BENCH_DEBUG) console.error(name, ...xs); };

// Cold start: fresh processes one after another, time from spawn to the initialize response (median and best),
// and the CPU time the server had used by then (median).
const starts = [];
const startsFromExec = [];
const startCpu = [];
const startRuns = 11;
for (let i = 0; i < startRuns; i++) {
  const t0 = now();
  const { client, cpuMs, initializeMs } = await start();
  starts.push(now() - t0);
  startsFromExec.push(initializeMs);
  startCpu.push(cpuMs);
  if (i === startRuns - 1) {
    client.notify('textDocument/didOpen', { textDocument: { uri: 'file:///bench/small/Dockerfile', languageId: 'dockerfile', version: 1, text: 'FROM alpine\nRUN echo hi\n' } });
    await client.waitFor(diagnosticsFor('file:///bench/small/Dockerfile'));
    await sleep(1000);
    figures.idleRssMb = client.memory().rssMb;
  }
  await client.stop();
}
figures.coldStartMs = median(starts);
figures.coldStartBestMs = Math.min(...starts);
figures.execToInitializeMs = median(startsFromExec);
figures.coldStartCpuMs = median(startCpu);
log('started', figures);
if (startupOnly) {
  console.log(JSON.stringify(figures));
  process.exit(0);
}

const { client } = await start();
const uri = 'file:///bench/big/Dockerfile';
const text = bigDockerfile(6000);
const lineCount = text.split('\n').length - 1;
let t0 = now();
const opened = client.waitFor(diagnosticsFor(uri, 1));
client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'dockerfile', version: 1, text } });
figures.openToDiagnosticsMs = (await opened) - t0;
log('opened', figures.openToDiagnosticsMs);

const tokens = await client.request('textDocument/semanticTokens/full', { textDocument: { uri } });
figures.semanticTokensMs = tokens.ms;
log('tokens', tokens.ms);
figures.semanticTokens = (tokens.message.result?.data?.length ?? 0) / 5;

// Per edit: one keystroke at a time, waiting for its diagnostics (includes any debounce the server applies).
let version = 1;
const editLine = Math.floor(lineCount / 2);
const single = [];
for (let i = 0; i < 10; i++) {
  version++;
  const done = client.waitFor(diagnosticsFor(uri, version));
  t0 = now();
  client.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range: { start: { line: editLine, character: 0 }, end: { line: editLine, character: 0 } }, text: '#' }] });
  single.push((await done) - t0);
}
figures.editToDiagnosticsMs = median(single);
log('edits', single);

// Analysis cost per edit without debounce: pull diagnostics after an edit, where the server offers them.
const pulls = [];
for (let i = 0; i < 10; i++) {
  version++;
  client.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range: { start: { line: editLine, character: 0 }, end: { line: editLine, character: 1 } }, text: i % 2 ? '#' : ' ' }] });
  const pulled = await client.request('textDocument/diagnostic', { textDocument: { uri } });
  if (pulled.message.error) break;
  pulls.push(pulled.ms);
}
figures.pullAnalysisMs = pulls.length ? median(pulls) : null;

// A burst of 20 rapid edits; then the time from the last one to the final version's diagnostics, and how long a
// hover sent right after the burst waits for its answer.
await sleep(500);
const burstStart = version + 1;
let published = 0;
let versionless = false;
const final = new Promise((resolve) => {
  client.listeners.push((m, at) => {
    if (!diagnosticsFor(uri)(m)) return;
    published++;
    versionless ||= m.params.version === undefined;
    // A server that leaves the version out (the anchor) publishes once per change: the 20th is the final one.
    if (m.params.version === burstStart + 19 || (m.params.version === undefined && published === 20)) resolve(at);
  });
});
for (let i = 0; i < 20; i++) {
  version++;
  client.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range: { start: { line: editLine, character: 0 }, end: { line: editLine, character: 0 } }, text: 'x' }] });
}
t0 = now();
const hover = client.request('textDocument/hover', { textDocument: { uri }, position: { line: 3, character: 1 } });
figures.hoverDuringBurstMs = (await hover).ms;
figures.burstToFinalDiagnosticsMs = (await final) - t0;
await sleep(2000);
figures.publishesAfterBurst = published;
figures.burstEdits = version - burstStart + 1;
figures.publishesVersioned = !versionless;
figures.peakRssMb = client.memory().peakMb;
await client.stop();
console.log(JSON.stringify(figures));
