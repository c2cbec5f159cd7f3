/**
 * The about panel: what the model is, what it assumes, where its numbers come from, what its
 * bands mean, and the published data the charts can set beside it (listed once the files are
 * read: see {@link fillDataFiles}). It describes; it does not recommend a policy.
 */
import type { DataFileEntry } from '../observed/dataFileEntry.ts';
import type { ModelInfo } from '../state/modelInfo.ts';
import { el } from './dom.ts';

/** Id of the about panel's list of data files, filled by {@link fillDataFiles}. */
export const DATA_FILES_ID = 'about-data-files';

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

/** Fills the about dialog's body. */
export function fillAbout(body: HTMLElement, model: ModelInfo): void {
  body.replaceChildren(
    el('p', {}, `Model version ${model.version}. A discrete-event simulation of people moving through border processing: arrivals between ports and at ports (with or without a CBP One appointment), Border Patrol and port custody, the disposition each person receives under the policy in force, ICE detention, waiting in Mexico (shelters, MPP), and the immigration courts.`),
    el('h3', {}, 'What it does not do'),
    el('p', {}, 'It makes no recommendation. It shows what follows from its assumptions and the levers you set; people who weigh humanitarian, legal, budgetary and political goals differently can read the same result differently. It does not predict how many people will arrive: arrivals are an assumption you set, not an outcome of policy, unless a lever says otherwise (for example, people who stop waiting for an appointment and cross instead).'),
    el('h3', {}, 'Assumptions'),
    el(
      'ul',
      {},
      el('li', {}, 'Defaults come from public figures (CBP, ICE, EOIR, DHS, TRAC, CRS) for a recent fiscal year; where no public figure exists (processing minutes per person, no-show rates, patience of people waiting) the default is an order of magnitude, and the lever\'s description says so.'),
      el('li', {}, 'Assumptions (arrival levels, processing times, behaviour) are listed apart from policy levers, so you can tell which kind of change moved a result.'),
      el('li', {}, 'Each replication draws its own random arrivals and service times from named streams of the seed; every scenario uses the same streams (common random numbers), so differences between scenarios are not noise from different draws.'),
    ),
    el('h3', {}, 'What the bands mean'),
    el('p', {}, 'Lines are means across replications. Bands and whiskers are 95% confidence intervals of those means (Student t): they narrow as more replications finish. They describe randomness within the model, not uncertainty in its assumptions; change an assumption to see how much a result depends on it.'),
    el('h3', {}, 'Presets and their sources'),
    ...model.presets.map((p) => {
      const sources = strings(model.presetInput(p.name)?.sources);
      return el(
        'section',
        { class: 'about-preset' },
        el('h4', {}, p.title || p.name),
        el('p', {}, p.description),
        sources.length ? el('ul', {}, ...sources.map((s) => el('li', {}, s))) : el('p', { class: 'hint' }, 'Sources: see the field descriptions of each lever.'),
      );
    }),
    el('h3', {}, 'Published data beside the model'),
    el('p', {}, 'Where a file below has published figures for months of the comparison\'s period, the charts mark them ("Observed: …" in the legend): a count per month is drawn as that month\'s count per day, an average daily population as published, across the month it covers. They are on by default for presets that replay a year from its record, and "Show published data" turns them on or off. The command-line tool\'s backtest sets the same files beside a run, month by month.'),
    el('div', { id: DATA_FILES_ID, class: 'about-data-files', 'aria-busy': 'true' }, el('p', { class: 'hint' }, 'Reading the data files…')),
    el('h3', {}, 'Reproducing a result'),
    el('p', {}, 'A shared link or an exported scenario file holds the model version, the scenarios and the seed. The command-line tool gives the same numbers for the same scenario, seed and replications.'),
  );
}

/** Lists the data files in the about panel: file, label, source, publication, months covered and the charts that show it. */
export function fillDataFiles(box: HTMLElement, entries: readonly DataFileEntry[]): void {
  box.replaceChildren(
    el(
      'ul',
      { class: 'data-file-list' },
      ...entries.map((f) =>
        el(
          'li',
          { class: 'data-file', 'data-file': f.file },
          el('strong', {}, f.label),
          ' ',
          el('code', {}, f.file),
          f.error
            ? el('p', { class: 'data-file-error' }, `Could not be read: ${f.error}`)
            : el(
                'dl',
                {},
                el('dt', {}, 'Source'),
                el('dd', {}, f.source ?? ''),
                el('dt', {}, 'Published'),
                el('dd', {}, f.published ?? ''),
                el('dt', {}, 'Covers'),
                el('dd', {}, f.covers ?? ''),
                el('dt', {}, 'Shown on'),
                el('dd', {}, f.shownOn.length ? f.shownOn.join('; ') : 'no chart (the backtest compares it)'),
              ),
        ),
      ),
    ),
  );
  box.removeAttribute('aria-busy');
}

