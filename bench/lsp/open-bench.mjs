// The first didOpen in fresh processes (issue #10), A/B: node open-bench.mjs <rounds> <server> [<server>...]; servers alternate, one fresh process per sample.
// Each sample: spawn, initialize, initialized, wait GAP ms (default 10), didOpen the 6,000-line file of lsp-bench.mjs, wait for its publishDiagnostics.
// Prints per server the median didOpen → diagnostics, VmRSS 300 ms after, and the median of each CONTAINERS_LSP_TIMINGS phase
// (with a server that reports them, also the KB it allocated and the minor page faults meanwhile: <phase>.KB, <phase>.faults).
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { bigDockerfile } from './big-dockerfile.mjs';
const [rounds, ...bins] = process.argv.slice(2);
const now = () => performance.now();
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const text = bigDockerfile(6000);
const gap = Number(process.env.GAP ?? 10);
async function one(bin) {
  const proc = spawn(bin, [], { stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, CONTAINERS_LSP_TIMINGS: '1' } });
  let err = ''; proc.stderr.on('data', (c) => { err += c; });
  let buf = Buffer.alloc(0); const waiters = [];
  proc.stdout.on('data', (chunk) => {
    buf = Buffer.concat([buf, chunk]);
    for (;;) {
      const h = buf.indexOf('\r\n\r\n'); if (h < 0) return;
      const len = Number(/Content-Length: *(\d+)/i.exec(buf.subarray(0, h).toString('ascii'))[1]);
      if (buf.length < h + 4 + len) return;
      const m = JSON.parse(buf.subarray(h + 4, h + 4 + len).toString('utf8')); buf = buf.subarray(h + 4 + len);
      const at = now();
      if (m.method && m.id !== undefined) send({ jsonrpc: '2.0', id: m.id, result: m.method === 'workspace/configuration' ? m.params.items.map(() => null) : null });
      for (const w of [...waiters]) if (w.p(m)) { waiters.splice(waiters.indexOf(w), 1); w.r(at); }
    }
  });
  const send = (m) => { const b = Buffer.from(JSON.stringify(m), 'utf8'); proc.stdin.write(`Content-Length: ${b.length}\r\n\r\n`); proc.stdin.write(b); };
  const wait = (p) => new Promise((r) => waiters.push({ p, r }));
  const t0 = now();
  const inited = wait((m) => m.id === 1);
  send({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: process.pid, rootUri: null, capabilities: { textDocument: { publishDiagnostics: { versionSupport: true } }, workspace: { configuration: false } } } });
  const initAt = await inited;
  send({ jsonrpc: '2.0', method: 'initialized', params: {} });
  if (gap) await sleep(gap);
  const uri = 'file:///bench/big/Dockerfile';
  const opened = wait((m) => m.method === 'textDocument/publishDiagnostics' && m.params.uri === uri);
  const t1 = now();
  send({ jsonrpc: '2.0', method: 'textDocument/didOpen', params: { textDocument: { uri, languageId: 'dockerfile', version: 1, text } } });
  const openMs = (await opened) - t1;
  await sleep(300);
  const status = readFileSync(`/proc/${proc.pid}/status`, 'utf8');
  const rss = Number(/VmRSS:\s+(\d+)/.exec(status)[1]) / 1024;
  const done = wait((m) => m.id === 2);
  send({ jsonrpc: '2.0', id: 2, method: 'shutdown', params: null }); await done; send({ jsonrpc: '2.0', method: 'exit', params: null });
  await new Promise((r) => proc.on('exit', r));
  // "timing <phase> <ms> [alloc <KB>KB faults <n>]": the phase's time, and (newer servers) what it allocated and the page faults meanwhile.
  const t = {}; for (const line of err.split('\n')) { const mm = /^timing (\S+) ([\d.]+)(?: alloc (\d+)KB faults (\d+))?/.exec(line); if (mm && !(mm[1] in t)) { t[mm[1]] = Number(mm[2]); if (mm[3] !== undefined) { t[`${mm[1]}.KB`] = Number(mm[3]); t[`${mm[1]}.faults`] = Number(mm[4]); } } }
  return { initMs: initAt - t0, openMs, rss, t, err };
}
const res = Object.fromEntries(bins.map((b) => [b, []]));
for (let i = 0; i < Number(rounds); i++) for (const b of bins) { const r = await one(b); res[b].push(r); if (process.env.V) console.error(b, r.openMs.toFixed(1), JSON.stringify(r.t), r.rss.toFixed(1)); }
const med = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
for (const b of bins) {
  const rs = res[b]; const keys = Object.keys(rs[0].t);
  console.log(b, 'didOpen→diag median', med(rs.map((r) => r.openMs)).toFixed(1), 'ms; all', rs.map((r) => r.openMs.toFixed(0)).join(','), '; rss', med(rs.map((r) => r.rss)).toFixed(1), 'MB;', keys.map((k) => `${k}=${med(rs.map((r) => r.t[k] ?? NaN)).toFixed(1)}`).join(' '));
}
if (process.env.ERR) console.log(res[bins[0]][0].err);
