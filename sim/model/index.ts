/**
 * The border processing model: scenario schema and validation, presets, and replications.
 * Flat list of the public API; see docs/model.md for the flow and assumptions.
 */
export { scenarioSchema, type Scenario, type ScenarioInput } from './schema/scenarioSchema.ts';
export { validateScenario, mergeScenario, type ScenarioError, type ValidationResult } from './validateScenario.ts';
export { presets, presetList, DEFAULT_PRESET, HISTORY_PRESETS, type PresetInfo } from './presets.ts';
export { scenarioJsonSchema } from './jsonSchema.ts';
export { createReplication, runReplication, type Replication, type ReplicationOptions } from './replication.ts';
export { METRICS, METRIC_IDS, metricDef, type MetricDef, type MetricId, type Unit } from './metrics.ts';
export { SERIES, SERIES_IDS, type SeriesDef, type SeriesId } from './series.ts';
export type { ReplicationResult, MetricSummary, ScenarioSummary, ReplicationDiagnostics, FacilityFlow } from './result.ts';
export { POLICIES, type DecisionContext, type PolicyFn } from './policies/index.ts';
