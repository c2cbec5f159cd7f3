import { describe, expect, it } from 'vitest';
import { buildLevers, type Lever } from '../../../ui/state/levers.ts';
import { toScenarioInput } from '../../../ui/state/scenarioEntry.ts';
import * as T from '../../../ui/state/transitions.ts';
import { model } from '../model.ts';

const page = T.initialPage(model.defaultPreset);
const resolved = (entry: { name: string; base: string; overrides: Record<string, never> | Record<string, unknown> }) => {
  const v = model.validate(toScenarioInput(entry as never));
  if (!v.ok) throw new Error('invalid');
  return v.scenario;
};
const beds = (scenario: unknown): Lever => buildLevers(model.jsonSchema, scenario).find((l) => l.id === 'detention.beds')!;

describe('page transitions', () => {
  it('fork an edit of the baseline into a new scenario, leaving the baseline as it was', () => {
    const base = resolved(page.comparison.scenarios[0]!);
    const edit = T.editLever(page, beds(base), 20000, base, base);
    expect(edit.forked).toBe(true);
    expect(edit.page.comparison.scenarios.map((s) => s.name)).toEqual(['Baseline', 'Scenario A']);
    expect(edit.page.comparison.scenarios[0]!.overrides).toEqual({});
    expect(edit.entry.overrides).toEqual({ 'detention.beds': 20000 });
    expect(edit.page.selected).toBe(1);
    expect(page.comparison.scenarios).toHaveLength(1); // the old state is untouched
  });

  it("drop an override that equals the preset's value", () => {
    const forked = T.editLever(page, beds(resolved(page.comparison.scenarios[0]!)), 20000, resolved(page.comparison.scenarios[0]!), resolved(page.comparison.scenarios[0]!)).page;
    const entry = forked.comparison.scenarios[1]!;
    const preset = resolved({ name: 'p', base: entry.base, overrides: {} });
    const back = T.editLever(forked, beds(preset), Number((preset.detention as { beds: number }).beds), resolved(entry), preset);
    expect(back.forked).toBe(false);
    expect(back.entry.overrides).toEqual({});
  });

  it('add a copy of the selected scenario and remove scenarios, never the last', () => {
    const two = T.addScenario(page);
    expect(two.comparison.scenarios.map((s) => s.name)).toEqual(['Baseline', 'Scenario A']);
    expect(two.selected).toBe(1);
    const one = T.removeScenario(two, 1);
    expect(one.comparison.scenarios).toHaveLength(1);
    expect(one.selected).toBe(0);
    expect(T.removeScenario(one, 0)).toBe(one);
  });

  it("rename a page-given name after a new preset, and keep a user's name", () => {
    const surge = T.changePreset(page, model, 'surge', true);
    expect(surge.comparison.scenarios[0]!.name).toBe('Surge');
    const named = T.renameScenario(page, 'My baseline');
    expect(T.changePreset(named, model, 'surge', true).comparison.scenarios[0]!.name).toBe('My baseline');
  });

  it('undo "Reset all", and forget the offer after another change', () => {
    const changed = T.setTitle(T.addScenario(page), 'Mine');
    const reset = T.resetAll(changed, model.defaultPreset);
    expect(reset.comparison.scenarios).toHaveLength(1);
    expect(T.undo(reset).comparison).toBe(changed.comparison);
    expect(T.undo(reset).undo).toBeNull();
    expect(T.dropUndo(reset).undo).toBeNull();
  });

  it('save the comparison on entering presenter mode and restore it on leaving', () => {
    const mine = T.setTitle(T.addScenario(page), 'Mine');
    const presenting = T.enterPresenter(mine, model, 'Mine');
    expect(presenting.presenter!.deck[0]!.state).toBe(mine.comparison);
    const stepped = T.presenterGoTo(T.presenterGoTo(presenting, 1), 2);
    expect(stepped.comparison).toBe(presenting.presenter!.deck[2]!.state);
    expect(stepped.comparison.days).toBeNull();
    const left = T.exitPresenter(stepped);
    expect(left.presenter).toBeNull();
    expect(left.comparison).toBe(mine.comparison);
    expect(left.selected).toBe(mine.selected);
  });

  it('keep whole preset titles in the deck', () => {
    const deck = T.enterPresenter(page, model, 'Baseline').presenter!.deck;
    for (const step of deck.slice(1)) {
      expect(step.title).not.toContain('…');
      expect(model.presets.some((p) => p.title === step.title)).toBe(true);
    }
  });
});
