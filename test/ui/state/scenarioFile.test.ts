import { describe, expect, it } from 'vitest';
import { model, validate } from '../model.ts';
import { presets, validateScenario } from '../../../sim/model/index.ts';
import { readScenarioFile, scenarioFileText } from '../../../ui/state/scenarioFile.ts';


describe('scenario files', async () => {
  it('read a file in the CLI format into a scenario with its changed fields', async () => {
    const r = await readScenarioFile(JSON.stringify({ base: model.defaultPreset, name: 'More judges', court: { judges: 1000 } }), 'judges.json', model, validate);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.entry).toEqual({ name: 'More judges', base: model.defaultPreset, overrides: { 'court.judges': 1000 } });
  });

  it('write a file that reads back to the same scenario', async () => {
    const entry = { name: 'Beds', base: model.defaultPreset, overrides: { 'detention.beds': 20000 } };
    const r = await readScenarioFile(scenarioFileText(entry), 'beds.json', model, validate);
    expect(r.ok && r.entry).toEqual(entry);
  });

  it('read a fully resolved scenario (as the CLI saves it) back as a preset plus its changes', async () => {
    const v = model.validate({ base: model.defaultPreset, detention: { beds: 12345 } });
    if (!v.ok) throw new Error('invalid');
    const r = await readScenarioFile(JSON.stringify(v.scenario), 'resolved.json', model, validate);
    expect(r.ok && r.entry.base).toBe(model.defaultPreset);
    expect(r.ok && r.entry.overrides).toEqual({ 'detention.beds': 12345 });
  });

  it('name the field, value and expectation of an invalid field', async () => {
    const r = await readScenarioFile(JSON.stringify({ base: model.defaultPreset, detention: { beds: -5 } }), 'bad.json', model, validate);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.details.join(' ')).toMatch(/^ICE detention beds: expected a number >= 0, got -5$/);
  });

  it('refuse a file with script tags in values without echoing them whole', async () => {
    const r = await readScenarioFile(JSON.stringify({ base: model.defaultPreset, name: '<script>alert(1)</script>', detention: { beds: '<img src=x onerror=alert(1)>' } }), 'x.json', model, validate);
    expect(r.ok).toBe(false);
  });

  it('refuse a __proto__ key', async () => {
    const r = await readScenarioFile('{"base":"baseline","__proto__":{"days":1}}', 'p.json', model, validate);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain('__proto__');
  });

  it('refuse a dotted key, as the CLI does, showing the nested form', async () => {
    const text = JSON.stringify({ base: model.defaultPreset, 'detention.beds': 100 });
    expect(validateScenario(JSON.parse(text), presets).ok).toBe(false);
    const r = await readScenarioFile(text, 'dotted.json', model, validate);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain('"detention.beds" is not a field name; a scenario file nests its fields, as in {"detention": {"beds": …}}');
    const deep = await readScenarioFile(JSON.stringify({ base: model.defaultPreset, court: { 'a.b': 1 } }), 'deep.json', model, validate);
    expect(!deep.ok && deep.message).toContain('"a.b" in "court"');
  });

  it('refuse a file that is not JSON', async () => {
    const r = await readScenarioFile('\u0000\u0001binary', 'b.json', model, validate);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/not valid JSON/);
  });

  it('refuse a JSON array', async () => {
    const r = await readScenarioFile('[1,2]', 'a.json', model, validate);
    expect(r.ok).toBe(false);
  });
});
