import { describe, expect, it } from 'vitest';
import { pathLabel, problemText } from '../../../ui/state/fieldLabels.ts';

describe('field labels', () => {
  it('name a field of a list element by its label and position, not its path', () => {
    expect(pathLabel('arrivals.betweenPorts.surges.0.toDay')).toBe('end day of the surge of crossings between ports (1)');
  });

  it("replace the path in the model's message by the label", () => {
    const text = problemText({ path: 'detention.beds', message: 'detention.beds: expected a number >= 0, got -5' });
    expect(text).toBe('ICE detention beds: expected a number >= 0, got -5');
  });

  it('spell out a field the table does not know from its name', () => {
    expect(pathLabel('borderPatrol.processingHours')).toBe('processing hours');
  });
});
