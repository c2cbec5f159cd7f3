/** Statistics: collectors, replication summaries, queueing theory and test helpers (flat export list). */
export { Tally } from './tally.ts';
export { TimeWeighted } from './timeWeighted.ts';
export { Occupancy, type DayFigures } from './occupancy.ts';
export { DurationHistogram } from './durationHistogram.ts';
export { QuantileSketch } from './quantiles.ts';
export { CountSeries, LevelSeries, dropWarmup, warmupIntervals } from './dailySeries.ts';
export { type Summary, type SeriesBand, summarize, pairedDifference, aggregateSeries } from './replications.ts';
export {
  mm1Rho,
  mm1Wq,
  mm1W,
  mm1L,
  mm1Lq,
  mm1Pn,
  erlangB,
  erlangC,
  erlangCWq,
  mmcLq,
  mmcW,
  mg1Wq,
  md1Wq,
  mmInfL,
} from './queueing.ts';
export { type KsResult, kolmogorovSurvival, ksStatistic, ksTest } from './ks.ts';
export { type ChiSquareResult, chiSquareSurvival, chiSquareTest } from './chiSquare.ts';
export { studentTCdf, studentTPdf, studentTQuantile } from './studentT.ts';
export { erfc, normalCdf, normalPdf, normalQuantile } from './normal.ts';
export { logGamma, logFactorial } from './logGamma.ts';
export { regularizedGammaP, regularizedGammaQ } from './incompleteGamma.ts';
export { regularizedBeta } from './regularizedBeta.ts';
