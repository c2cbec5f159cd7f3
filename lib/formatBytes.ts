/** A size in bytes for people, in decimal units: `1.2 GB`, `340 MB`, `12 kB`, `0 bytes`. */
export function formatBytes(n: number): string {
  const units = ['bytes', 'kB', 'MB', 'GB', 'TB', 'PB', 'EB'];
  let i = 0;
  while (n >= 1000 && i < units.length - 1) {
    n /= 1000;
    i++;
  }
  return `${i === 0 ? Math.round(n) : n.toPrecision(n >= 100 ? 3 : 2)} ${units[i]}`;
}
