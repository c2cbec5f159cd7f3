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
