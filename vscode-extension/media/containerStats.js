// Container CPU and memory over time (Containers extension): two SVG line charts drawn by this script from the
// samples the extension posts (about one a second, from the engine's stats stream). No network, no libraries.
// Reports the number of points drawn back to the extension after each drawing.
// @ts-check
(function () {
  'use strict';
  const vscode = acquireVsCodeApi();
  const svgNs = 'http://www.w3.org/2000/svg';
  let name = '';
  let windowSeconds = 300;
  /** @type {{ read: string, cpuPercent: number, memoryUsage: number, memoryLimit: number, memoryPercent: number, pids: number }[]} */
  let samples = [];
  let ended = '';
  let pending = false;

  function el(tag, attributes, text) {
    const node = document.createElementNS(svgNs, tag);
    for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, String(value));
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function formatBytes(bytes) {
    // docker stats prints memory in binary units (MiB, GiB).
    const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
    let value = bytes;
    let unit = 0;
    while (value >= 1024 && unit < units.length - 1) { value /= 1024; unit++; }
    return `${value.toFixed(unit === 0 ? 0 : value < 10 ? 2 : 1)} ${units[unit]}`;
  }

  function formatPercent(value) {
    return `${value.toFixed(value < 10 ? 2 : 1)} %`;
  }

  // A chart of one series: time on x (the last windowSeconds, now at the right), value on y from 0.
  function chart(title, current, cls, values, format, floor) {
    const section = document.createElement('section');
    section.className = 'chart';
    const heading = document.createElement('h2');
    heading.textContent = title;
    const value = document.createElement('span');
    value.className = 'value';
    value.textContent = current;
    heading.append(value);
    section.append(heading);

    const width = Math.max(360, document.body.clientWidth - 32);
    const height = 170;
    const left = 72;
    const bottom = 20;
    const plotWidth = width - left - 8;
    const plotHeight = height - bottom - 8;
    const max = Math.max(floor, ...values.map((v) => v.value)) * 1.15;
    const now = values.length > 0 ? values[values.length - 1].time : Date.now();
    // The time axis grows with the stream (at least 30 s) up to the window: a fresh chart is not a sliver at the right.
    const span = Math.min(windowSeconds, Math.max(30, values.length > 0 ? (now - values[0].time) / 1000 : 0));
    const x = (time) => left + plotWidth - ((now - time) / 1000 / span) * plotWidth;
    const y = (v) => 8 + plotHeight - (v / max) * plotHeight;
    const svg = el('svg', { width, height, viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': title });
    for (let q = 0; q <= 4; q++) {
      const v = (max * q) / 4;
      svg.append(el('line', { class: 'grid', x1: left, y1: y(v), x2: left + plotWidth, y2: y(v) }));
      svg.append(el('text', { class: 'axis', x: left - 6, y: y(v) + 4, 'text-anchor': 'end' }, format(v)));
    }
    for (let s = 0; s <= 4; s++) {
      const seconds = (span * s) / 4;
      svg.append(el('text', { class: 'axis', x: left + plotWidth - (plotWidth * s) / 4, y: height - 4, 'text-anchor': s === 0 ? 'end' : s === 4 ? 'start' : 'middle' }, s === 0 ? 'now' : `-${Math.round(seconds)}s`));
    }
    const points = values.map((v) => `${x(v.time).toFixed(1)},${y(v.value).toFixed(1)}`);
    if (points.length > 0) {
      const base = `${x(values[values.length - 1].time).toFixed(1)},${y(0)} ${x(values[0].time).toFixed(1)},${y(0)}`;
      svg.append(el('polygon', { class: cls, points: `${points.join(' ')} ${base}` }));
      svg.append(el('polyline', { class: cls, points: points.join(' '), 'data-points': points.length }));
    }
    section.append(svg);
    return section;
  }

  function render() {
    pending = false;
    const root = document.getElementById('root');
    root.replaceChildren();
    const title = document.createElement('h1');
    title.textContent = name;
    const info = document.createElement('p');
    info.className = 'totals';
    const last = samples[samples.length - 1];
    info.textContent = last
      ? `${samples.length} samples · PIDs ${last.pids} · memory limit ${formatBytes(last.memoryLimit)}`
      : 'Waiting for the first sample…';
    root.append(title, info);
    if (ended) {
      const end = document.createElement('p');
      end.className = 'ended';
      end.textContent = ended;
      root.append(end);
    }
    const times = samples.map((s) => Date.parse(s.read));
    const charts = document.createElement('div');
    charts.className = 'charts';
    charts.append(
      chart('CPU', last ? formatPercent(last.cpuPercent) : '', 'cpu', samples.map((s, i) => ({ time: times[i], value: s.cpuPercent })), formatPercent, 1),
      chart('Memory', last ? `${formatBytes(last.memoryUsage)} (${formatPercent(last.memoryPercent)})` : '', 'memory', samples.map((s, i) => ({ time: times[i], value: s.memoryUsage })), formatBytes, 1024 * 1024),
    );
    root.append(charts);
    vscode.postMessage({ type: 'rendered', count: samples.length });
  }

  function schedule() {
    if (!pending) {
      pending = true;
      // A timer, not requestAnimationFrame: frames stop in a background tab, and the chart must be current when it comes back.
      setTimeout(render, 100);
    }
  }

  function trim() {
    if (samples.length === 0) return;
    const newest = Date.parse(samples[samples.length - 1].read);
    samples = samples.filter((s) => newest - Date.parse(s.read) <= windowSeconds * 1000);
  }

  window.addEventListener('message', (event) => {
    const message = event.data;
    if (!message) return;
    if (message.type === 'start') {
      name = message.name;
      windowSeconds = message.windowSeconds;
      samples = message.samples.slice();
      trim();
      render();
    } else if (message.type === 'sample') {
      samples.push(message.sample);
      trim();
      schedule();
    } else if (message.type === 'ended') {
      ended = message.reason;
      schedule();
    }
  });
  window.addEventListener('resize', () => schedule());
  vscode.postMessage({ type: 'ready' });
})();
