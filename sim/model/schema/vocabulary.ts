/**
 * The model's vocabulary, defined once: demographic groups, routes into custody,
 * dispositions, detention paths and the places people can be in, each with its label. Every
 * list (schema enums, engine codes, metric and series ids, UI labels) is derived from these
 * records; the order of each id list is the order of the engine's integer codes.
 */

/** Demographic groups: eligibility for return, detention and expulsion depends on them. */
export const DEMOGRAPHICS = ['singleAdult', 'familyUnit', 'unaccompaniedChild'] as const;
export type Demographic = (typeof DEMOGRAPHICS)[number];
export const DEMOGRAPHIC: Readonly<Record<Demographic, { readonly label: string; readonly plural: string }>> = {
  singleAdult: { label: 'Single adult', plural: 'single adults' },
  familyUnit: { label: 'Family-unit member', plural: 'family-unit members' },
  unaccompaniedChild: { label: 'Unaccompanied child', plural: 'unaccompanied children' },
};

/** Ways of reaching custody that a policy rule can name. */
export const ROUTES = ['betweenPorts', 'walkUp', 'appointment'] as const;
export type Route = (typeof ROUTES)[number];
export const ROUTE: Readonly<Record<Route, { readonly label: string }>> = {
  betweenPorts: { label: 'Crossing between ports' },
  walkUp: { label: 'Walk-up at a port' },
  appointment: { label: 'CBP One appointment' },
};

/** Dispositions a policy can give, in the order of their engine codes. */
export const DISPOSITIONS = ['parole', 'detain', 'mpp', 'expeditedRemoval', 'expel'] as const;
export type DispositionKind = (typeof DISPOSITIONS)[number];

export interface DispositionDef {
  /** What the decision is, as a policy option ("Expel"). */
  readonly decision: string;
  /** What it did to people, as a count's label ("Expelled"). */
  readonly label: string;
  /** Id of the summary metric and of the daily series counting it (stable, see metrics.ts). */
  readonly metricId: `dispositions.${string}`;
  /** One sentence: who is counted. */
  readonly description: string;
  /** What the custody exit delay of this disposition waits for. */
  readonly exitDelay: string;
}

export const DISPOSITION = {
  parole: {
    decision: 'Parole with a Notice to Appear', label: 'Paroled', metricId: 'dispositions.parole',
    description: 'People released on parole with a Notice to Appear (with or without ATD).',
    exitDelay: 'Hours from decision to release on parole (paperwork, transport to a release point).',
  },
  detain: {
    decision: 'Detain', label: 'Detained', metricId: 'dispositions.detain',
    description: 'People booked into ICE detention.',
    exitDelay: 'Hours from decision to ICE pick-up, when a bed is free.',
  },
  mpp: {
    decision: 'Return to Mexico (MPP)', label: 'Returned to Mexico (MPP)', metricId: 'dispositions.mpp',
    description: 'People returned to Mexico to await hearings.',
    exitDelay: 'Hours from decision to return to Mexico.',
  },
  expeditedRemoval: {
    decision: 'Expedited removal', label: 'Expedited removal', metricId: 'dispositions.expeditedRemoval',
    description: 'People placed in expedited removal.',
    exitDelay: 'Hours from decision to removal or hand-over for credible-fear screening.',
  },
  expel: {
    decision: 'Expel', label: 'Expelled', metricId: 'dispositions.expelled',
    description: 'People expelled under a public-health authority.',
    exitDelay: 'Hours from decision to expulsion.',
  },
} as const satisfies Record<DispositionKind, DispositionDef>;

/** Engine code of each disposition (its index in DISPOSITIONS). */
export const DISPOSITION_CODE = Object.fromEntries(DISPOSITIONS.map((k, i) => [k, i])) as Readonly<Record<DispositionKind, number>>;

/** Paths through ICE detention; each has its own length of stay and removal share. */
export const DETENTION_PATHS = ['nta', 'expeditedRemoval', 'interior'] as const;
export type DetentionPath = (typeof DETENTION_PATHS)[number];
export const DETENTION_PATH: Readonly<Record<DetentionPath, { readonly label: string }>> = {
  nta: { label: 'With a Notice to Appear (court case)' },
  expeditedRemoval: { label: 'In expedited removal' },
  interior: { label: 'Arrested in the interior' },
};

/**
 * Places a person can be in. Each has its own population counter, so that people are
 * conserved: entries = people in places + exits. People awaiting credible-fear screening are
 * not a place of their own: they are held in Border Patrol or port custody or in ICE
 * detention (`credibleFear.location`), and counted there.
 */
export const PLACES = ['mexico', 'bp', 'ofo', 'detention', 'mpp',
  // Repeat crossings.
  'reentry'] as const;
export type Place = (typeof PLACES)[number];
export const PLACE: Readonly<Record<Place, { readonly label: string }>> = {
  mexico: { label: 'Waiting in Mexico for a CBP One appointment' },
  bp: { label: 'Border Patrol custody' },
  ofo: { label: 'Port of entry custody' },
  detention: { label: 'ICE detention' },
  mpp: { label: 'Waiting in Mexico under MPP' },
  reentry: { label: 'Expelled, returned or removed, and intending to cross again' },
};

/** Ways ICE releases people at the end of a detention stay (those it does not remove), as ICE's book-out reasons name them. */
export const RELEASE_REASONS = ['parole', 'bond', 'recognizance'] as const;
export type ReleaseReason = (typeof RELEASE_REASONS)[number];
export const RELEASE_REASON = {
  parole: { label: 'Paroled from detention', plural: 'paroles', metricId: 'detention.releasedOnParole' },
  bond: { label: 'Bonded out of detention', plural: 'releases on bond', metricId: 'detention.releasedOnBond' },
  recognizance: { label: 'Released on recognizance', plural: 'releases on an order of recognizance', metricId: 'detention.releasedOnRecognizance' },
} as const satisfies Record<ReleaseReason, { readonly label: string; readonly plural: string; readonly metricId: `detention.${string}` }>;
