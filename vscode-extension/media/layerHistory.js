// The layer history chart (Containers extension): one horizontal bar per layer, its length the layer's size,
// labelled with the instruction that made it; the full instruction on hover. Drawn as SVG by this script from
// the data the extension posts; no network, no libraries. Reports what it drew back to the extension.
// @ts-check
(function () {
  'use strict';
  const vscode = acquireVsCodeApi();
  const svgNs = 'http://www.w3.org/2000/svg';
  /** @type {{ image: string, layers: { label: string, full: string, size: number, sizeText: string, created: string, id: string }[] } | undefined} */
  let data;

  function el(name, attributes, text) {
    const node = document.createElementNS(svgNs, name);
    for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, String(value));
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function formatSize(bytes) {
    const units = ['B', 'kB', 'MB', 'GB', 'TB'];
    let value = bytes;
    let unit = 0;
    while (value >= 1000 && unit < units.length - 1) { value /= 1000; unit++; }
    const digits = unit === 0 ? 0 : value < 10 ? 2 : value < 100 ? 1 : 0;
    return `${value.toFixed(digits)} ${units[unit]}`;
  }

  function render() {
    if (!data) return;
    const root = document.getElementById('root');
    root.replaceChildren();
    const layers = data.layers;
    const total = layers.reduce((sum, l) => sum + l.size, 0);
    const largest = layers.reduce((max, l) => Math.max(max, l.size), 0);
    const withContent = layers.filter((l) => l.size > 0).length;

    const title = document.createElement('h1');
    title.textContent = data.image;
    const totals = document.createElement('p');
    totals.className = 'totals';
    const parts = [
      ['Layers', String(layers.length)],
      ['with content', String(withContent)],
      ['Total', formatSize(total)],
      ['Largest', formatSize(largest)],
    ];
    parts.forEach(([name, value], i) => {
      if (i > 0) totals.append(' · ');
      totals.append(`${name}: `);
      const strong = document.createElement('strong');
      strong.textContent = value;
      totals.append(strong);
    });
    root.append(title, totals);

    const width = Math.max(420, document.body.clientWidth - 32);
    const labelWidth = Math.min(460, Math.round(width * 0.45));
    const sizeWidth = 80;
    const barWidth = width - labelWidth - sizeWidth - 16;
    const rowHeight = 24;
    const height = layers.length * rowHeight + 24;
    const svg = el('svg', { width, height, viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': `Layer sizes of ${data.image}` });

    // Grid lines at quarters of the largest layer, labelled below.
    for (let q = 0; q <= 4; q++) {
      const x = labelWidth + (barWidth * q) / 4;
      svg.append(el('line', { class: 'grid', x1: x, y1: 0, x2: x, y2: layers.length * rowHeight }));
      svg.append(el('text', { class: 'axis', x, y: layers.length * rowHeight + 16, 'text-anchor': q === 0 ? 'start' : q === 4 ? 'end' : 'middle' }, formatSize((largest * q) / 4)));
    }

    let bars = 0;
    layers.forEach((layer, i) => {
      const y = i * rowHeight;
      const row = el('g', { class: 'row', 'data-layer': i });
      const tip = el('title', {}, `${layer.full}\n\n${layer.sizeText} · ${layer.id} · ${layer.created}`);
      row.append(tip);
      row.append(el('rect', { class: 'track', x: 0, y, width, height: rowHeight }));
      row.append(el('text', { x: labelWidth - 8, y: y + 16, 'text-anchor': 'end' }, layer.label));
      // Metadata-only steps (ENV, CMD, …) have no size: a stub so every step is visible.
      const length = largest === 0 ? 2 : Math.max(2, (barWidth * layer.size) / largest);
      const kind = layer.size === 0 ? 'bar empty' : layer.size === largest ? 'bar largest' : 'bar';
      row.append(el('rect', { class: kind, x: labelWidth, y: y + 5, width: length, height: rowHeight - 10, rx: 2 }));
      row.append(el('text', { class: 'size', x: labelWidth + length + 6, y: y + 16 }, layer.sizeText));
      svg.append(row);
      bars++;
    });
    root.append(svg);
    vscode.postMessage({ type: 'rendered', count: bars });
  }

  window.addEventListener('message', (event) => {
    const message = event.data;
    if (message && message.type === 'history') {
      data = message;
      render();
    }
  });
  window.addEventListener('resize', () => render());
  vscode.postMessage({ type: 'ready' });
})();
