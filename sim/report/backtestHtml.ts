/**
 * A self-contained backtest report: one HTML file with the charts as inline SVG and the tables
 * beside them, readable offline (no script, no external file). Says plainly where the model
 * misses: each comparison's fiscal-year error, and the months whose published value lies
 * outside the band the replications span.
 */
import type { Backtest, BacktestPoint } from './backtest.ts';

export interface BacktestReportInput {
  readonly scenario: string;
  readonly title: string;
  readonly reps: number;
  readonly seed: number;
  readonly result: Backtest;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const fmt = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const num = (x: number) => (x === 0 || Math.abs(x) >= 100 ? fmt.format(x) : x.toPrecision(3));
const pct = (e: number | null) => (e === null ? '—' : `${e >= 0 ? '+' : ''}${(100 * e).toFixed(1)}%`);

/** Groups points by comparison (file and model series), in first-seen order. */
function groups(points: readonly BacktestPoint[]): BacktestPoint[][] {
  const map = new Map<string, BacktestPoint[]>();
  for (const p of points) {
    const k = `${p.file}|${p.series}|${p.quantity}`;
    let g = map.get(k);
    if (!g) { g = []; map.set(k, g); }
    g.push(p);
  }
  return [...map.values()];
}

/** A line chart of one comparison: the replications' band, their mean, and the published values as points. */
function chart(points: readonly BacktestPoint[]): string {
  const W = 680, H = 250, L = 70, R = 36, T = 12, B = 62;
  const hi = Math.max(...points.flatMap((p) => [p.high, p.observed])) * 1.05 || 1;
  const x = (i: number) => L + (points.length === 1 ? (W - L - R) / 2 : (i * (W - L - R)) / (points.length - 1));
  const y = (v: number) => T + (H - T - B) * (1 - Math.max(0, v) / hi);
  const band = points.map((p, i) => `${x(i).toFixed(1)},${y(p.high).toFixed(1)}`).concat([...points].reverse().map((p, k) => `${x(points.length - 1 - k).toFixed(1)},${y(p.low).toFixed(1)}`));
  const mean = points.map((p, i) => `${i === 0 ? 'M' : 'L'}${x(i).toFixed(1)},${y(p.model).toFixed(1)}`).join('');
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((f) => f * hi);
  return `<svg viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="img" aria-label="${esc(points[0]!.quantity)}: model against the published record">
<g font-size="11" fill="#333">${ticks.map((t) => `<line x1="${L}" x2="${W - R}" y1="${y(t).toFixed(1)}" y2="${y(t).toFixed(1)}" stroke="#ddd"/><text x="${L - 6}" y="${(y(t) + 4).toFixed(1)}" text-anchor="end">${esc(num(t))}</text>`).join('')}
${points.map((p, i) => (i % Math.ceil(points.length / 12) === 0 ? `<text x="${x(i).toFixed(1)}" y="${H - B + 16}" text-anchor="middle">${esc(p.period)}</text>` : '')).join('')}</g>
<polygon points="${band.join(' ')}" fill="#0072B2" fill-opacity="0.18" stroke="none"/>
<path d="${mean}" fill="none" stroke="#0072B2" stroke-width="2"/>
${points.map((p, i) => `<circle cx="${x(i).toFixed(1)}" cy="${y(p.observed).toFixed(1)}" r="3.5" fill="${p.inside ? '#000' : '#D55E00'}"><title>${esc(`${p.period}: published ${num(p.observed)}, model ${num(p.model)} (${pct(p.error)})`)}</title></circle>`).join('')}
<g font-size="11"><rect x="${L}" y="${H - 20}" width="12" height="8" fill="#0072B2" fill-opacity="0.3"/><line x1="${L}" x2="${L + 12}" y1="${H - 16}" y2="${H - 16}" stroke="#0072B2" stroke-width="2"/><text x="${L + 16}" y="${H - 12}">model: band from lowest to highest replication, line their mean</text>
<circle cx="${L + 380}" cy="${H - 16}" r="3.5" fill="#000"/><circle cx="${L + 392}" cy="${H - 16}" r="3.5" fill="#D55E00"/><text x="${L + 400}" y="${H - 12}">published (orange: outside the band)</text></g>
</svg>`;
}

function table(points: readonly BacktestPoint[]): string {
  const rows = points.map((p) => `<tr${p.inside ? '' : ' class="miss"'}><td>${esc(p.period)}</td><td>${num(p.observed)}</td><td>${num(p.model)}</td><td>${num(p.low)} – ${num(p.high)}</td><td>${pct(p.error)}</td><td>${p.inside ? 'yes' : 'no'}</td></tr>`);
  return `<table><thead><tr><th>period</th><th>published</th><th>model mean</th><th>model band</th><th>error</th><th>inside</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

/** Plain sentences on where a comparison misses: its fiscal-year error and the months outside the band. */
function verdict(months: readonly BacktestPoint[], years: readonly BacktestPoint[]): string {
  const out = months.filter((p) => !p.inside);
  const parts = years.map((y) => `${y.period}: model ${num(y.model)} against ${num(y.observed)} published (${pct(y.error)})${Math.abs(y.error ?? 0) > 0.1 ? ', a miss of more than 10%' : ''}.`);
  parts.push(out.length === 0 ? 'Every published month lies inside the model’s band.' : `${out.length} of ${months.length} months lie outside the model’s band: ${out.map((p) => `${p.period} (${pct(p.error)})`).join(', ')}.`);
  return `<p>${esc(parts.join(' '))}</p>`;
}

/** The whole report as one HTML file. */
export function backtestHtml(inputs: readonly BacktestReportInput[], generatedBy: string): string {
  const sections = inputs.map((r) => {
    const yearGroups = groups(r.result.years);
    const cards = groups(r.result.months).map((months) => {
      const first = months[0]!;
      const years = yearGroups.find((g) => g[0]!.file === first.file && g[0]!.series === first.series && g[0]!.quantity === first.quantity) ?? [];
      return `<section class="card"><h3>${esc(first.quantity)} <small>(model: <code>${esc(first.series)}</code>; file <code>${esc(first.file)}</code>)</small></h3>
${verdict(months, years)}${chart(months)}${table([...months, ...years])}</section>`;
    });
    const sources = Object.entries(r.result.sources).map(([id, s]) => `<li><code>${esc(id)}</code>: ${esc(s)}</li>`).join('');
    return `<section><h2>${esc(r.title)} <small>(<code>${esc(r.scenario)}</code>, ${r.reps} replications, seed ${r.seed})</small></h2>
${cards.length ? cards.join('\n') : '<p>No published series covers a whole month of this scenario’s horizon.</p>'}
<h3>Sources</h3><ul>${sources}</ul></section>`;
  });
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>border-sim backtest</title>
<style>body{font:15px/1.45 system-ui,sans-serif;max-width:70rem;margin:2rem auto;padding:0 1rem;color:#111}h2{border-bottom:2px solid #333;padding-bottom:.2rem}small{font-weight:normal;color:#444}.card{margin:1.5rem 0}table{border-collapse:collapse;font-size:13px}td,th{padding:.15rem .6rem;text-align:right;border-bottom:1px solid #ddd}td:first-child,th:first-child{text-align:left}tr.miss td{color:#a33a00;font-weight:600}svg{max-width:100%;height:auto;display:block}</style></head>
<body><h1>The model beside the published record</h1>
<p>Each chart sets the model’s monthly values (the band spans the lowest to the highest replication, the line is their mean) beside the published monthly figures. Errors are the model mean minus the published value, over the published value. Nothing here was tuned to these figures beyond the calibration the scenario’s sources state.</p>
${sections.join('\n')}
<p><small>${esc(generatedBy)}</small></p></body></html>
`;
}
