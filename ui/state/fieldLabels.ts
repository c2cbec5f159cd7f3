/**
 * Plain names of scenario fields, for text that names a field (dated changes on charts, field
 * paths in messages). The page's one table of them until the model defines its own labels;
 * a path it does not know is spelt out from its last part ("holdingCapacity" → "holding
 * capacity").
 */

const LABELS: Readonly<Record<string, string>> = {
  'borderPatrol.agents': 'Border Patrol agents',
  'borderPatrol.holdingCapacity': 'Border Patrol holding capacity',
  'ofo.officers': 'port officers',
  'ofo.holdingCapacity': 'port holding capacity',
  'detention.beds': 'ICE detention beds',
  'detention.removalsPerDay': 'removals a day',
  'court.judges': 'immigration judges',
  'credibleFear.asylumOfficers': 'asylum officers',
  'mpp.hearingSlotsPerDay': 'MPP hearing slots a day',
  'receiving.shelterCapacity': 'receiving-community shelter places',
  'arrivals.betweenPorts': 'crossings between ports',
  'arrivals.walkUps': 'walk-ups at ports',
  'arrivals.betweenPorts.surges': 'surge of crossings between ports',
  'arrivals.walkUps.surges': 'surge of walk-ups at ports',
  'arrivals.betweenPorts.surges.fromDay': 'first day of the surge of crossings between ports',
  'arrivals.betweenPorts.surges.toDay': 'end day of the surge of crossings between ports',
  'arrivals.betweenPorts.surges.multiplier': 'multiplier of the surge of crossings between ports',
  'arrivals.walkUps.surges.fromDay': 'first day of the surge of walk-ups',
  'arrivals.walkUps.surges.toDay': 'end day of the surge of walk-ups',
  'arrivals.walkUps.surges.multiplier': 'multiplier of the surge of walk-ups',
  'arrivals.betweenPorts.perDay': 'crossings between ports a day',
  'arrivals.walkUps.perDay': 'walk-ups at ports a day',
  'arrivals.apprehensionShare': 'share of crossers apprehended',
  'cbpOne.longestWaitingShare': 'share of slots to those waiting longest',
  'cbpOne.patienceDays': 'patience while waiting in Mexico',
  'court.completionsPerJudgePerDay': 'completions per judge a day',
  'parole.atdShare': 'share of parolees in ATD',
  'cbpOne.registrationsPerDay': 'CBP One registrations a day',
  'ports.appointmentsPerDay': 'CBP One slots a day',
  ports: 'CBP One slots by port',
  'policy.rules': 'disposition rules',
  'policy.otherwise': 'disposition when no rule applies',
  policyChanges: 'dated policy changes',
  days: 'days simulated',
};

/** Words of a camelCase name: "holdingCapacity" → "holding capacity". */
function words(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
}

/** The plain name of a field path; list indices (`ports.2.appointmentsPerDay`) name the field of any element. */
export function fieldLabel(path: string): string {
  const generic = path.replace(/\.\d+(?=\.|$)/g, '');
  return LABELS[path] ?? LABELS[generic] ?? words(generic.split('.').pop() ?? path);
}

/** The n-th element of a list as people count it. */
const ordinal = (i: number) => `${i + 1}`;

/**
 * A field path as a reader would name it: "arrivals.betweenPorts.surges.0.toDay" is "end day
 * of the surge of crossings between ports (1)".
 */
export function pathLabel(path: string): string {
  const indices = [...path.matchAll(/\.(\d+)(?=\.|$)/g)].map((m) => ordinal(Number(m[1])));
  return `${fieldLabel(path)}${indices.length ? ` (${indices.join(', ')})` : ''}`;
}

/** A model's problem with a field, named by its label instead of its path ("ICE detention beds: expected a number >= 0, got -5"). */
export function problemText(problem: { readonly path: string; readonly message: string }, withLabel = true): string {
  const bare = problem.path && problem.message.startsWith(`${problem.path}: `) ? problem.message.slice(problem.path.length + 2) : problem.message;
  if (!withLabel || !problem.path) return bare;
  const label = pathLabel(problem.path);
  return `${label[0]!.toUpperCase()}${label.slice(1)}: ${bare}`;
}
