/**
 * Textbook queueing formulas used to check the simulation kernel against theory
 * (Gross, Shortle, Thompson & Harris, *Fundamentals of Queueing Theory*, 4th ed., ch. 2–3
 * and 5). Arrival rate λ and service rate μ per server are in the same time unit; times
 * returned are in that unit. An unstable system (ρ ≥ 1) gives Infinity for waits and
 * lengths.
 */
import { pow } from '../math/index.ts';

/** M/M/1 utilisation ρ = λ/μ. */
export function mm1Rho(lambda: number, mu: number): number {
  return lambda / mu;
}

/** M/M/1 mean wait in queue Wq = ρ/(μ − λ). */
export function mm1Wq(lambda: number, mu: number): number {
  return lambda < mu ? lambda / (mu * (mu - lambda)) : Infinity;
}

/** M/M/1 mean time in system W = 1/(μ − λ). */
export function mm1W(lambda: number, mu: number): number {
  return lambda < mu ? 1 / (mu - lambda) : Infinity;
}

/** M/M/1 mean number in system L = ρ/(1 − ρ). */
export function mm1L(lambda: number, mu: number): number {
  return lambda < mu ? lambda / (mu - lambda) : Infinity;
}

/** M/M/1 mean number in queue Lq = ρ²/(1 − ρ). */
export function mm1Lq(lambda: number, mu: number): number {
  return lambda < mu ? (lambda * lambda) / (mu * (mu - lambda)) : Infinity;
}

/** M/M/1 probability of n in system, (1 − ρ)ρⁿ (0 when unstable). */
export function mm1Pn(lambda: number, mu: number, n: number): number {
  const rho = lambda / mu;
  return rho < 1 ? (1 - rho) * pow(rho, n) : 0;
}

/**
 * Erlang B blocking probability of M/M/c/c with `servers` places and offered load a = λ/μ
 * (erlangs), by the stable recursion B(k) = a·B(k−1) / (k + a·B(k−1)), B(0) = 1.
 */
export function erlangB(servers: number, offeredLoad: number): number {
  let b = 1;
  for (let k = 1; k <= servers; k++) b = (offeredLoad * b) / (k + offeredLoad * b);
  return b;
}

/**
 * Erlang C: probability that an arrival must wait in M/M/c, from Erlang B:
 * C = c·B / (c − a(1 − B)), with a = λ/μ. 1 when a ≥ c (unstable).
 */
export function erlangC(servers: number, lambda: number, mu: number): number {
  const a = lambda / mu;
  if (a >= servers) return 1;
  const b = erlangB(servers, a);
  return (servers * b) / (servers - a * (1 - b));
}

/** M/M/c mean wait in queue Wq = C / (cμ − λ). For c = 5, λ = 4.5, μ = 1 it is 1.52499… */
export function erlangCWq(servers: number, lambda: number, mu: number): number {
  if (lambda >= servers * mu) return Infinity;
  return erlangC(servers, lambda, mu) / (servers * mu - lambda);
}

/** M/M/c mean number in queue Lq = λ·Wq (Little's law). */
export function mmcLq(servers: number, lambda: number, mu: number): number {
  return lambda * erlangCWq(servers, lambda, mu);
}

/** M/M/c mean time in system W = Wq + 1/μ. */
export function mmcW(servers: number, lambda: number, mu: number): number {
  return erlangCWq(servers, lambda, mu) + 1 / mu;
}

/**
 * M/G/1 mean wait in queue by the Pollaczek–Khinchine formula,
 * Wq = λ·E[S²] / (2(1 − ρ)) with E[S²] = Var[S] + E[S]² and ρ = λ·E[S].
 */
export function mg1Wq(lambda: number, serviceMean: number, serviceVariance: number): number {
  const rho = lambda * serviceMean;
  if (rho >= 1) return Infinity;
  return (lambda * (serviceVariance + serviceMean * serviceMean)) / (2 * (1 - rho));
}

/** M/D/1 mean wait in queue (P–K with zero service variance): ρ·D / (2(1 − ρ)). */
export function md1Wq(lambda: number, serviceTime: number): number {
  return mg1Wq(lambda, serviceTime, 0);
}

/** M/M/∞ mean number in system, λ/μ (Poisson distributed). */
export function mmInfL(lambda: number, mu: number): number {
  return lambda / mu;
}
