/**
 * A lever over one scenario field: its bounds and description come from the field's JSON
 * Schema; its label, unit and slider range are the page's own.
 */
import type { Lever, Schema } from './leverTypes.ts';
import { isPlainObject } from './safeJson.ts';
import { getAtPath, type JsonValue } from './scenarioEntry.ts';
import type { ScenarioPath } from './scenarioPaths.ts';
import { requireField } from './schemaFields.ts';

/** Slider and display options of a numeric lever. */
export interface NumberOpts {
  readonly sliderMax: number;
  /**
   * Write the whole parent object instead of the field (for a distribution's mean: the
   * preset may leave the distribution to its default, and a lone `mean` is not a distribution).
   */
  readonly wholeParent?: boolean;
  readonly step?: number;
  readonly unit?: string;
  readonly percent?: boolean;
}

/** First value of a schedule (a number, or `[{ fromDay, value }]` steps). */
function scheduleValue(v: unknown): number | null {
  if (typeof v === 'number') return v;
  if (Array.isArray(v) && v.length && isPlainObject(v[0]) && typeof v[0].value === 'number') return v[0].value;
  return null;
}

/**
 * A lever over the field at `path`: a switch for a boolean, a select for an enum (`labels`
 * name the options), a slider and number for a number or schedule; null when the options do
 * not fit the field's type. A path the schema lacks throws (see `requireField`).
 */
export function fieldLever(schema: Schema, group: Lever['group'], path: ScenarioPath, label: string, opts: NumberOpts | { readonly labels: Record<string, string> } | null): Lever | null {
  const info = requireField(schema, path);
  const base = { id: path, group, label, paths: [path] as const, note: (_s: unknown): string | null => null };
  if (info.type === 'boolean') {
    return { ...base, unit: '', control: { type: 'boolean', info }, read: (s) => (typeof getAtPath(s, path) === 'boolean' ? (getAtPath(s, path) as boolean) : null), write: (v) => ({ [path]: Boolean(v) }) };
  }
  if (info.type === 'enum' && opts && 'labels' in opts) {
    const options = (info.options ?? []).map((value) => ({ value, label: opts.labels[value] ?? value }));
    return { ...base, unit: '', control: { type: 'enum', info, options }, read: (s) => (typeof getAtPath(s, path) === 'string' ? (getAtPath(s, path) as string) : null), write: (v) => ({ [path]: String(v) }) };
  }
  if ((info.type === 'number' || info.type === 'integer' || info.type === 'schedule') && opts && 'sliderMax' in opts) {
    const percent = opts.percent ?? false;
    const parent = path.split('.').slice(0, -1).join('.');
    const leaf = path.split('.').pop()!;
    return {
      ...base,
      paths: opts.wholeParent ? [parent] : [path],
      unit: opts.unit ?? '',
      control: { type: 'number', info, sliderMax: opts.sliderMax, step: opts.step ?? (info.type === 'integer' ? 1 : percent ? 0.01 : 1), percent },
      read: (s) => scheduleValue(getAtPath(s, path)),
      write: (v, s) => {
        if (!opts.wholeParent) return { [path]: Number(v) };
        const current = getAtPath(s, parent);
        return { [parent]: { ...(isPlainObject(current) ? (current as Record<string, JsonValue>) : {}), [leaf]: Number(v) } };
      },
      note: (s) => {
        const v = getAtPath(s, path);
        return Array.isArray(v) && v.length > 1 ? `Changes over time in this scenario (${v.length} steps); setting a value here applies it to every day.` : null;
      },
    };
  }
  return null;
}

/** Options of a share lever: 0–100 %. */
export const share = (sliderMax = 1): NumberOpts => ({ sliderMax, step: 0.01, percent: true, unit: '%' });
