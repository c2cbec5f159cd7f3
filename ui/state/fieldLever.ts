/**
 * A lever over one scenario field. Its help text (with the default and its source), unit,
 * bounds and checks come from the field's JSON Schema, so the form says what the model uses;
 * its label and slider range are the page's own (a slider needs a top end where the schema has
 * none).
 */
import type { Lever, Schema, SliderMax } from './leverTypes.ts';
import { isShare, unitWords } from './fieldUnits.ts';
import { isPlainObject } from './safeJson.ts';
import { getAtPath, type JsonValue } from './scenarioEntry.ts';
import type { ScenarioPath } from './scenarioPaths.ts';
import { fieldInfo, plausibilityNote, requireField, type FieldInfo } from './schemaFields.ts';

/** Slider options of a numeric lever. */
export interface NumberOpts {
  readonly sliderMax: SliderMax;
  /**
   * Write the whole parent object instead of the field (for a distribution's mean: the
   * preset may leave the distribution to its default, and a lone `mean` is not a distribution).
   * The lever's help, unit and default are then the parent field's.
   */
  readonly wholeParent?: boolean;
  readonly step?: number;
}

/** First value of a schedule (a number, or `[{ fromDay, value }]` steps). */
function scheduleValue(v: unknown): number | null {
  if (typeof v === 'number') return v;
  if (Array.isArray(v) && v.length && isPlainObject(v[0]) && typeof v[0].value === 'number') return v[0].value;
  return null;
}

/** The default of a distribution's parameter (`{ kind, mean, … }` → its `mean`). */
function parameterDefault(parent: FieldInfo, leaf: string): unknown {
  return isPlainObject(parent.default) ? parent.default[leaf] : undefined;
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
    const parent = path.split('.').slice(0, -1).join('.');
    const leaf = path.split('.').pop()!;
    // A distribution's parameter is documented by its distribution field.
    const owner = opts.wholeParent ? fieldInfo(schema, parent) : null;
    const docs: FieldInfo = owner ? { ...info, description: owner.description, unit: owner.unit ?? info.unit, source: owner.source, default: parameterDefault(owner, leaf) } : info;
    const percent = isShare(docs.unit);
    return {
      ...base,
      paths: opts.wholeParent ? [parent] : [path],
      unit: unitWords(docs.unit),
      control: { type: 'number', info: docs, sliderMax: opts.sliderMax, step: opts.step ?? (info.type === 'integer' ? 1 : percent ? 0.01 : 1), percent },
      read: (s) => scheduleValue(getAtPath(s, path)),
      write: (v, s) => {
        if (!opts.wholeParent) return { [path]: Number(v) };
        const current = getAtPath(s, parent);
        return { [parent]: { ...(isPlainObject(current) ? (current as Record<string, JsonValue>) : {}), [leaf]: Number(v) } };
      },
      note: (s) => {
        const v = getAtPath(s, path);
        if (Array.isArray(v) && v.length > 1) return `Changes over time in this scenario (${v.length} steps); setting a value here applies it to every day.`;
        const n = scheduleValue(v);
        return n === null ? null : plausibilityNote(docs, n);
      },
    };
  }
  return null;
}
