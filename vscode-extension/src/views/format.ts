// How the trees write sizes and ages: the docker CLI's units (decimal, "MB") and its "2 hours ago".

/** Bytes as docker images shows them: 1000-based units, three significant digits. */
export function formatSize(bytes: number): string {
  const units = ['B', 'kB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  const digits = unit === 0 ? 0 : value < 10 ? 2 : value < 100 ? 1 : 0;
  return `${value.toFixed(digits)} ${units[unit] ?? 'B'}`;
}

/** "5 minutes ago", "3 days ago"; empty for a missing or unparsable time. */
export function formatAge(iso: string | undefined, now: number = Date.now()): string {
  if (iso === undefined) {
    return '';
  }
  const time = Date.parse(iso);
  if (Number.isNaN(time) || time <= 0) {
    return '';
  }
  const seconds = Math.max(0, Math.round((now - time) / 1000));
  const steps: [number, string][] = [
    [60 * 60 * 24 * 365, 'year'],
    [60 * 60 * 24 * 30, 'month'],
    [60 * 60 * 24 * 7, 'week'],
    [60 * 60 * 24, 'day'],
    [60 * 60, 'hour'],
    [60, 'minute'],
  ];
  for (const [size, name] of steps) {
    if (seconds >= size) {
      const count = Math.floor(seconds / size);
      return `${count} ${name}${count === 1 ? '' : 's'} ago`;
    }
  }
  return 'less than a minute ago';
}

/** The first 12 hex digits of an id, without its algorithm prefix, as docker ps shows it. */
export function shortId(id: string): string {
  const hex = id.startsWith('sha256:') ? id.slice('sha256:'.length) : id;
  return hex.slice(0, 12);
}
