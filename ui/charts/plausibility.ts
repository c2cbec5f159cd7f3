/**
 * Notes on results outside what has been seen: a place far over its capacity, or a level
 * above the highest ever recorded. The model lets demand it cannot serve pile up where it is
 * (it has no overflow response such as releases or transfers), so such a state says how much
 * demand exceeds capacity, not what would happen; the chart says so in a line. The figures
 * compared with are the model's own metrics; the records are public figures, cited here.
 */
import type { MetricId } from '../../sim/model/metrics.ts';
import type { SeriesId } from '../../sim/model/series.ts';
import { formatValue } from './formatValue.ts';
import type { ScenarioView } from './scenarioView.ts';

/** A published record, with its source. */
interface PublishedRecord {
  readonly value: number;
  readonly what: string;
}

interface PlaceCheck {
  readonly place: string;
  /** The model's measure of the highest (or, lacking one, the mean) level. */
  readonly level: MetricId;
  readonly levelIsPeak: boolean;
  readonly capacity: SeriesId;
  readonly record?: PublishedRecord;
}

/** How far over capacity a level must be to get a note (Border Patrol stations have held twice their rating: DHS OIG 2022, Eagle Pass, 1,007 against 500). */
export const FAR_OVER_CAPACITY = 2;

const CHECKS: Readonly<{ [chart: string]: PlaceCheck | undefined }> = {
  bp: {
    place: 'Border Patrol custody',
    level: 'bp.occupancy.peak',
    levelIsPeak: true,
    capacity: 'bp.capacity',
    // About 25,000 in CBP custody on 11 May 2023, the eve of Title 42's end (CBP figures reported by the Los Angeles Times/TNS; 22,259 on 14 May per Florida v. Mayorkas).
    record: { value: 25_000, what: 'the most CBP has held, about 25,000 on 11 May 2023' },
  },
  detention: {
    place: 'ICE detention',
    level: 'detention.occupancy.peak',
    levelIsPeak: true,
    capacity: 'detention.capacity',
    // ICE detention statistics: 55,654 detained in August 2019, the highest before 2025 (as reported by Mother Jones, 2025; 55,185 in July 2019 per Pacific Standard).
    record: { value: 55_654, what: 'the most ICE had held before 2025, 55,654 in August 2019' },
  },
  ofo: { place: 'port holding', level: 'ofo.occupancy.mean', levelIsPeak: false, capacity: 'ofo.capacity' },
  shelters: { place: 'Mexican shelters', level: 'shelters.occupancy.mean', levelIsPeak: false, capacity: 'shelters.capacity' },
};

function largestCapacity(values: ArrayLike<number>, days: number): number {
  let top = 0;
  for (let d = 0; d < days; d++) if (Number.isFinite(values[d]!)) top = Math.max(top, values[d]!);
  return top;
}

const times = (r: number) => `${r >= 10 ? Math.round(r) : Math.round(r * 10) / 10}×`;

/** The notes of one chart (none when its results are within what has been seen). */
export function plausibilityNotes(chartId: string, views: readonly ScenarioView[]): string[] {
  const check = CHECKS[chartId];
  if (!check) return [];
  const over: string[] = [];
  const beyond: string[] = [];
  for (const v of views) {
    if (!v.summary || !v.bands) continue;
    const level = v.summary.metrics[check.level].mean;
    const capacity = largestCapacity(v.bands[check.capacity].mean, v.days);
    const ratio = capacity > 0 ? level / capacity : Number.POSITIVE_INFINITY;
    const what = `${v.style.label} ${check.levelIsPeak ? 'peaks at' : 'averages'} ${formatValue(level, 'people')}, ${capacity > 0 ? `${times(ratio)} its capacity` : 'with no capacity'}`;
    if (check.record && level > check.record.value) beyond.push(what);
    else if (ratio >= FAR_OVER_CAPACITY) over.push(what);
  }
  const notes: string[] = [];
  if (beyond.length) {
    notes.push(`Beyond anything recorded: ${beyond.join('; ')}, above ${check.record!.what}. The model keeps everyone it cannot move on in ${check.place}; in reality people would be released or sent elsewhere first, so read this as demand the system cannot absorb.`);
  }
  if (over.length) {
    notes.push(`Far over capacity: ${over.join('; ')}. The model lets demand pile up in ${check.place} without the releases and transfers that would follow.`);
  }
  return notes;
}
