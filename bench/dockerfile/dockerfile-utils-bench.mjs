// bench/dockerfile (README.md): dockerfile-utils' validate() and format() on one file, warm, as DockerfileBench
// measures ours. Usage: node dockerfile-utils-bench.mjs <dockerfile-utils dir> <file> <iterations>
// Prints one JSON object: medians of wall-clock and of process CPU time (ms), heap allocation is not observable
// in node the same way, so the heap growth per validate() is given from process.memoryUsage() as a hint only.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

const [utilsDir, file, iterationText] = process.argv.slice(2);
const require = createRequire(import.meta.url);
const utils = require(utilsDir);
const text = readFileSync(file, 'utf8');
const iterations = Number(iterationText);
const formatOptions = { insertSpaces: true, tabSize: 4 };

// Warm up the same way as the .NET side: at least 60 rounds and 3 s, so V8's optimising tier has run.
const warmStart = performance.now();
let problems = utils.validate(text);
for (let i = 0; i < 60 || performance.now() - warmStart < 3000; i++) {
  utils.validate(text);
  utils.format(text, formatOptions);
}

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
const figures = { lines: text.split('\n').length, problems: problems.length, iterations };
function measure(name, work) {
  const wall = []; const cpu = [];
  for (let i = 0; i < iterations; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    work();
    wall.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  figures[`${name}Ms`] = Number(median(wall).toFixed(3));
  figures[`${name}CpuMs`] = Number(median(cpu).toFixed(3));
}

measure('validate', () => utils.validate(text));
measure('format', () => utils.format(text, formatOptions));
if (process.env.BENCH_DIAGNOSTICS === '1') {
  for (const p of problems.slice(0, 20)) console.error(`${p.range.start.line}:${p.range.start.character} ${p.code}: ${p.message}`);
}
process.stdout.write(JSON.stringify(figures) + '\n');
