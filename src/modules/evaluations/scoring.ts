/** Quarterly evaluation scoring: answer scores, trimmed panel means, weighted combination, ranking. Pure. */

import { LEVELS, type Level } from './contract.js';

// The answer levels are part of the contract (the web shows them); re-exported for the server.
export { LEVELS, type Level } from './contract.js';

export const DEFAULT_SCALE: Record<Level, number> = Object.freeze({
  very_satisfied: 100,
  satisfied: 80,
  basically_satisfied: 60,
  dissatisfied: 40,
  very_dissatisfied: 20,
});

export type ScoringRules = {
  /** Points per level. */
  scale: Record<Level, number>;
  /** Share of values dropped at each end of a sorted sample (0.1 = 10 % highest and 10 % lowest). */
  trimFraction: number;
  /** Samples smaller than this are averaged without trimming. */
  trimMinCount: number;
  /** A panel with fewer counted answers than this has no score for the unit. */
  minSample: number;
  /** Panel code -> weight in the combined score; a panel not listed weighs 1, a weight of 0 leaves it out. */
  weights: Record<string, number>;
};

export const DEFAULT_RULES: ScoringRules = Object.freeze({
  scale: DEFAULT_SCALE,
  trimFraction: 0.1,
  trimMinCount: 10,
  minSample: 5,
  weights: Object.freeze({}),
});

/** One evaluator's questionnaire for one unit. `levels` is keyed by criterion code; a missing key is a blank. */
export type EvaluationAnswer = {
  evaluatorId: number;
  evaluatorUnitId: number | null;
  panel: string;
  unitId: number;
  notDealt: boolean;
  levels: Partial<Record<string, Level>>;
};

export type PanelResult = {
  /** Answers counted for the unit. */
  n: number;
  /** Answers left out because the evaluator belongs to the unit. */
  excluded: number;
  /** Trimmed mean of the answer scores; null when n < minSample. */
  score: number | null;
  sufficient: boolean;
  /** Criterion code -> trimmed mean of its points over the counted answers that gave it. */
  criteria: Record<string, number | null>;
};

export type RankedUnit = {
  unitId: number;
  panels: Record<string, PanelResult>;
  /** Weighted mean of the sufficient panels; null means insufficient data, not ranked. */
  combined: number | null;
  /** Competition rank (1, 2, 2, 4); null when combined is null. */
  rank: number | null;
  previousScore: number | null;
  previousRank: number | null;
  scoreChange: number | null;
  /** previousRank - rank: positive means the unit moved up. */
  rankChange: number | null;
};

/** What is read from the previous round: a stored result needs no more than this. */
export type PreviousResult = Pick<RankedUnit, 'unitId' | 'combined' | 'rank'>;

const isPositiveWhole = (v: number) => Number.isInteger(v) && v >= 1;

function checkTrim(trimFraction: number, trimMinCount: number): void {
  // Written so that NaN fails too.
  if (!(trimFraction >= 0 && trimFraction < 0.5)) throw new RangeError(`trimFraction must be in [0, 0.5), got ${trimFraction}`);
  if (!isPositiveWhole(trimMinCount)) throw new RangeError(`trimMinCount must be a whole number of at least 1, got ${trimMinCount}`);
}

/** Throws a RangeError naming the first rule that is out of range. */
export function validateRules(rules: ScoringRules): void {
  checkTrim(rules.trimFraction, rules.trimMinCount);
  if (!isPositiveWhole(rules.minSample)) throw new RangeError(`minSample must be a whole number of at least 1, got ${rules.minSample}`);
  for (const level of LEVELS) {
    const points = rules.scale[level];
    if (typeof points !== 'number' || !Number.isFinite(points)) throw new RangeError(`scale.${level} must be a finite number, got ${String(points)}`);
  }
  for (const [panel, weight] of Object.entries(rules.weights)) {
    if (typeof weight !== 'number' || !Number.isFinite(weight) || weight < 0) {
      throw new RangeError(`weight of panel "${panel}" must be a finite number of at least 0, got ${String(weight)}`);
    }
  }
}

/**
 * Rounds to 2 decimals, halves away from zero. The value is first cut to 15 significant digits so that
 * binary noise does not decide: 79.99999999999999 gives 80 and 1.005 (stored as 1.00499...) gives 1.01.
 */
export function round2(x: number): number {
  const r = Math.round(Number((Math.abs(x) * 100).toPrecision(15))) / 100;
  return x < 0 && r !== 0 ? -r : r;
}

/**
 * Mean after dropping the extremes: with at least `trimMinCount` values, the k highest and the k lowest are
 * dropped, k = Math.floor(n * trimFraction) (rounded down, so 25 values at 0.1 drop 2 + 2); smaller samples
 * get the plain mean. Null for no values.
 */
export function trimmedMean(values: readonly number[], trimFraction: number, trimMinCount: number): number | null {
  checkTrim(trimFraction, trimMinCount);
  return trimmed(values, trimFraction, trimMinCount);
}

/** trimmedMean without the argument checks, for the inner loops of scoreRound. */
function trimmed(values: readonly number[], trimFraction: number, trimMinCount: number): number | null {
  const n = values.length;
  if (n === 0) return null;
  const k = n >= trimMinCount ? Math.floor(n * trimFraction) : 0;
  // A typed array sorts numerically without a comparator callback, which is much faster.
  const sorted = k === 0 ? values : Float64Array.from(values).sort();
  let sum = 0;
  for (let i = k; i < n - k; i++) sum += sorted[i] as number;
  return sum / (n - 2 * k);
}

const LEVEL_INDEX = new Map<unknown, number>(LEVELS.map((l, i) => [l, i]));

/** Index of a level in LEVELS, or a RangeError for a value outside the scale. */
function levelIndex(level: unknown, criterion: string): number {
  const index = LEVEL_INDEX.get(level);
  if (index === undefined) throw new RangeError(`unknown level "${String(level)}" for criterion "${criterion}"`);
  return index;
}

/** The mean points of the criteria given; null when every criterion is blank. A level outside the scale is a RangeError. */
export function answerScore(levels: Partial<Record<string, Level>>, scale: Record<Level, number> = DEFAULT_SCALE): number | null {
  let sum = 0;
  let given = 0;
  for (const criterion in levels) {
    const level = levels[criterion];
    if (level === undefined || level === null) continue;
    sum += scale[LEVELS[levelIndex(level, criterion)] as Level];
    given++;
  }
  return given === 0 ? null : sum / given;
}

/**
 * trimmedMean of a sample held as counts per level (counts[i] answers at LEVELS[i]): the same result
 * without sorting, since one criterion only ever takes the five scale values.
 */
function trimmedCounts(counts: readonly number[], points: readonly number[], ascending: readonly number[], trimFraction: number, trimMinCount: number): number | null {
  let n = 0;
  for (const c of counts) n += c;
  if (n === 0) return null;
  const k = n >= trimMinCount ? Math.floor(n * trimFraction) : 0;
  let skip = k;
  let take = n - 2 * k;
  let sum = 0;
  for (const i of ascending) {
    let c = counts[i] as number;
    const skipped = Math.min(skip, c);
    skip -= skipped;
    c -= skipped;
    const taken = Math.min(take, c);
    take -= taken;
    sum += taken * (points[i] as number);
  }
  return sum / (n - 2 * k);
}

/** The answers of one panel for one unit; `criteria[index]` holds counts per level, index as in `criterionCodes`. */
type Bucket = { n: number; excluded: number; scores: number[]; criteria: number[][] };

const roundOrNull = (x: number | null) => (x === null ? null : round2(x));

/**
 * Scores one round for every unit in `unitIds` (each once), ranked best first; units without a combined score come last,
 * by unitId. Answers for units not listed are ignored. Scores are kept unrounded until the end, so the
 * combined score is computed from the exact panel means and only then rounded; ranks compare the rounded
 * combined scores, so units shown with the same score share a rank.
 */
export function scoreRound(
  answers: readonly EvaluationAnswer[],
  unitIds: readonly number[],
  rules: ScoringRules = DEFAULT_RULES,
  previous: readonly PreviousResult[] = [],
): RankedUnit[] {
  validateRules(rules);
  const { scale, trimFraction, trimMinCount, minSample, weights } = rules;
  const wanted = new Set(unitIds);
  const points = LEVELS.map((l) => scale[l]);
  // A custom scale need not run in the order of LEVELS.
  const ascending = LEVELS.map((_, i) => i).sort((a, b) => (points[a] as number) - (points[b] as number));

  // Panels reported for every unit: those configured with a weight, then those met in the answers.
  const panelCodes = new Set<string>();
  for (const [panel, weight] of Object.entries(weights)) if (weight > 0) panelCodes.add(panel);
  // Criteria reported for every panel of every unit, so that charts line up across units; code -> index.
  const criterionCodes = new Map<string, number>();

  // One pass over the answers: unit -> panel -> bucket. The criteria given by the current answer are
  // kept in scratch arrays so that each level is looked up once.
  const byUnit = new Map<number, Map<string, Bucket>>();
  const givenCriteria: string[] = [];
  const givenLevels: number[] = [];
  for (const a of answers) {
    panelCodes.add(a.panel);
    if (a.notDealt || !wanted.has(a.unitId)) continue;
    const levels = a.levels;
    let sum = 0;
    let given = 0;
    for (const criterion in levels) {
      const level = levels[criterion];
      // Stored questionnaires may hold null for a blank as well as leave the key out.
      if (level === undefined || level === null) continue;
      const li = levelIndex(level, criterion);
      sum += points[li] as number;
      givenCriteria[given] = criterion;
      givenLevels[given] = li;
      given++;
    }
    if (given === 0) continue;
    let panels = byUnit.get(a.unitId);
    if (!panels) byUnit.set(a.unitId, (panels = new Map()));
    let bucket = panels.get(a.panel);
    if (!bucket) panels.set(a.panel, (bucket = { n: 0, excluded: 0, scores: [], criteria: [] }));
    // An evaluator may not rate the unit they belong to.
    if (a.evaluatorUnitId === a.unitId) {
      bucket.excluded++;
      continue;
    }
    bucket.n++;
    bucket.scores.push(sum / given);
    for (let g = 0; g < given; g++) {
      const criterion = givenCriteria[g] as string;
      let index = criterionCodes.get(criterion);
      if (index === undefined) criterionCodes.set(criterion, (index = criterionCodes.size));
      const counts = (bucket.criteria[index] ??= [0, 0, 0, 0, 0]);
      const li = givenLevels[g] as number;
      counts[li] = (counts[li] as number) + 1;
    }
  }

  const previousById = new Map<number, PreviousResult>();
  for (const p of previous) previousById.set(p.unitId, p);

  const results: RankedUnit[] = [];
  for (const unitId of wanted) {
    const buckets = byUnit.get(unitId);
    const panels: Record<string, PanelResult> = {};
    let weighted = 0;
    let totalWeight = 0;
    for (const panel of panelCodes) {
      const bucket = buckets?.get(panel);
      const n = bucket?.n ?? 0;
      const sufficient = n >= minSample;
      const score = sufficient && bucket ? trimmed(bucket.scores, trimFraction, trimMinCount) : null;
      const criteria: Record<string, number | null> = {};
      for (const [criterion, index] of criterionCodes) {
        const counts = bucket?.criteria[index];
        criteria[criterion] = counts ? roundOrNull(trimmedCounts(counts, points, ascending, trimFraction, trimMinCount)) : null;
      }
      const weight = Object.hasOwn(weights, panel) ? (weights[panel] as number) : 1;
      if (score !== null && weight > 0) {
        weighted += score * weight;
        totalWeight += weight;
      }
      panels[panel] = { n, excluded: bucket?.excluded ?? 0, score: roundOrNull(score), sufficient, criteria };
    }
    const prev = previousById.get(unitId);
    results.push({
      unitId,
      panels,
      combined: totalWeight > 0 ? round2(weighted / totalWeight) : null,
      rank: null,
      previousScore: prev?.combined ?? null,
      previousRank: prev?.rank ?? null,
      scoreChange: null,
      rankChange: null,
    });
  }

  results.sort((a, b) => {
    if (a.combined === null || b.combined === null) {
      if (a.combined !== b.combined) return a.combined === null ? 1 : -1;
    } else if (a.combined !== b.combined) {
      return b.combined - a.combined;
    }
    return a.unitId - b.unitId;
  });

  let prevScore: number | null = null;
  let prevRank = 0;
  results.forEach((r, i) => {
    if (r.combined === null) return;
    // Competition ranking: a tie shares the rank, the next score takes its position (1, 2, 2, 4).
    r.rank = r.combined === prevScore ? prevRank : i + 1;
    prevScore = r.combined;
    prevRank = r.rank;
    if (r.previousScore !== null) r.scoreChange = round2(r.combined - r.previousScore);
    if (r.previousRank !== null) r.rankChange = r.previousRank - r.rank;
  });

  return results;
}
