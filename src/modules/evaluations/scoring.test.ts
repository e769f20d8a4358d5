import { describe, expect, it } from 'vitest';
import {
  answerScore,
  DEFAULT_RULES,
  DEFAULT_SCALE,
  LEVELS,
  round2,
  scoreRound,
  trimmedMean,
  validateRules,
  type EvaluationAnswer,
  type Level,
  type RankedUnit,
  type ScoringRules,
} from './scoring.js';

let evaluatorSeq = 0;

/** One counted-looking answer; a bare level stands for `{ overall: level }`. */
function answer(panel: string, unitId: number, levels: Level | Partial<Record<string, Level>>, extra: Partial<EvaluationAnswer> = {}): EvaluationAnswer {
  return {
    evaluatorId: ++evaluatorSeq,
    evaluatorUnitId: null,
    panel,
    unitId,
    notDealt: false,
    levels: typeof levels === 'string' ? { overall: levels } : levels,
    ...extra,
  };
}

const many = (count: number, panel: string, unitId: number, level: Level) => Array.from({ length: count }, () => answer(panel, unitId, level));

const byId = (results: RankedUnit[], unitId: number) => {
  const r = results.find((x) => x.unitId === unitId);
  if (!r) throw new Error(`unit ${unitId} missing`);
  return r;
};

const rules = (over: Partial<ScoringRules>): ScoringRules => ({ ...DEFAULT_RULES, ...over });

describe('constants', () => {
  it('orders the levels best to worst and maps them to 100..20', () => {
    expect(LEVELS).toEqual(['very_satisfied', 'satisfied', 'basically_satisfied', 'dissatisfied', 'very_dissatisfied']);
    expect(LEVELS.map((l) => DEFAULT_SCALE[l])).toEqual([100, 80, 60, 40, 20]);
    expect(DEFAULT_RULES).toMatchObject({ trimFraction: 0.1, trimMinCount: 10, minSample: 5, weights: {} });
  });
});

describe('trimmedMean', () => {
  it('drops 1 high and 1 low from exactly 10 values', () => {
    // sorted 20 40 60 60 60 60 60 80 100 100: floor(10 * 0.1) = 1 -> drop 20 and one 100
    // (40 + 5*60 + 80 + 100) / 8 = 520 / 8 = 65; the plain mean would be 640 / 10 = 64
    expect(trimmedMean([100, 60, 20, 60, 80, 60, 100, 40, 60, 60], 0.1, 10)).toBe(65);
  });

  it('does not trim 9 values', () => {
    // 9 < trimMinCount: plain mean (20 + 40 + 4*60 + 80 + 100 + 100) / 9 = 580 / 9
    const nine = [20, 40, 60, 60, 60, 60, 80, 100, 100];
    expect(trimmedMean(nine, 0.1, 10)).toBeCloseTo(580 / 9, 10);
    // even where floor(9 * 0.2) = 1 would drop values, the minimum count keeps them all
    expect(trimmedMean(nine, 0.2, 10)).toBeCloseTo(580 / 9, 10);
  });

  it('drops 2 + 2 from 25 values (floor of 2.5)', () => {
    // sorted 0 0 41 (19 x 60) 100 100 100
    // k = floor(25 * 0.1) = 2 -> keep 41, 19 x 60, 100: (41 + 1140 + 100) / 21 = 1281 / 21 = 61
    // (dropping 3 + 3 would give 60; the plain mean is 1481 / 25 = 59.24)
    const values = [0, 0, 41, ...Array<number>(19).fill(60), 100, 100, 100];
    expect(values).toHaveLength(25);
    expect(trimmedMean(values, 0.1, 10)).toBe(61);
  });

  it('is null for no values and leaves its input alone', () => {
    expect(trimmedMean([], 0.1, 10)).toBeNull();
    const values = [5, 1, 4, 2, 3, 9, 8, 7, 6, 10];
    trimmedMean(values, 0.1, 10);
    expect(values).toEqual([5, 1, 4, 2, 3, 9, 8, 7, 6, 10]);
  });
});

describe('answerScore', () => {
  it('averages the criteria given and skips blanks', () => {
    // (80 + 100) / 2 = 90
    expect(answerScore({ overall: 'satisfied', graft: 'very_satisfied', formalism: undefined })).toBe(90);
    // (60 + 40 + 20) / 3 = 40
    expect(answerScore({ a: 'basically_satisfied', b: 'dissatisfied', c: 'very_dissatisfied' }, DEFAULT_SCALE)).toBe(40);
  });

  it('is null when every criterion is blank', () => {
    expect(answerScore({})).toBeNull();
    expect(answerScore({ overall: undefined })).toBeNull();
  });

  it('uses the campaign scale', () => {
    const scale = { very_satisfied: 10, satisfied: 8, basically_satisfied: 6, dissatisfied: 3, very_dissatisfied: 0 };
    // (10 + 3) / 2 = 6.5
    expect(answerScore({ overall: 'very_satisfied', graft: 'dissatisfied' }, scale)).toBe(6.5);
  });

  it('refuses a level outside the scale', () => {
    expect(() => answerScore({ overall: 'great' as Level })).toThrow(RangeError);
  });
});

describe('scoreRound: which answers count', () => {
  it('needs minSample answers in a panel: 4 is insufficient and unranked, 5 is ranked', () => {
    const answers = [...many(5, 'enterprise', 1, 'satisfied'), ...many(4, 'enterprise', 2, 'very_satisfied')];
    const results = scoreRound(answers, [1, 2]);
    const [first, second] = results;
    expect(first).toMatchObject({ unitId: 1, combined: 80, rank: 1 });
    expect(first?.panels.enterprise).toMatchObject({ n: 5, score: 80, sufficient: true });
    expect(second).toMatchObject({ unitId: 2, combined: null, rank: null });
    expect(second?.panels.enterprise).toMatchObject({ n: 4, score: null, sufficient: false });
    // the criteria are still reported for the charts
    expect(second?.panels.enterprise?.criteria).toEqual({ overall: 100 });
  });

  it('ignores "did not deal with this unit" and blank questionnaires', () => {
    const answers = [
      ...many(5, 'enterprise', 1, 'satisfied'),
      answer('enterprise', 1, 'very_dissatisfied', { notDealt: true }),
      answer('enterprise', 1, {}),
      answer('enterprise', 1, { overall: undefined }),
      // not dealt with and own unit: ignored, not "excluded"
      answer('enterprise', 1, 'very_dissatisfied', { notDealt: true, evaluatorUnitId: 1 }),
    ];
    const unit = byId(scoreRound(answers, [1]), 1);
    expect(unit.panels.enterprise).toMatchObject({ n: 5, excluded: 0, score: 80 });
    expect(unit.combined).toBe(80);
  });

  it("excludes an evaluator's own unit and counts it in `excluded`", () => {
    const answers = [
      ...many(5, 'enterprise', 7, 'satisfied'),
      answer('enterprise', 7, 'very_dissatisfied', { evaluatorUnitId: 7 }),
      // the same evaluator's unit may rate others
      ...many(4, 'enterprise', 8, 'satisfied'),
      answer('enterprise', 8, 'very_dissatisfied', { evaluatorUnitId: 7 }),
    ];
    const results = scoreRound(answers, [7, 8]);
    expect(byId(results, 7).panels.enterprise).toMatchObject({ n: 5, excluded: 1, score: 80 });
    // (4*80 + 20) / 5 = 68
    expect(byId(results, 8).panels.enterprise).toMatchObject({ n: 5, excluded: 0, score: 68 });
  });

  it('averages each criterion over the answers that gave it', () => {
    const answers = [
      answer('enterprise', 1, { overall: 'satisfied', graft: 'very_satisfied' }), // 90
      answer('enterprise', 1, { overall: 'satisfied', graft: 'satisfied' }), // 80
      answer('enterprise', 1, { overall: 'satisfied', graft: 'dissatisfied' }), // 60
      answer('enterprise', 1, { overall: 'satisfied', graft: undefined }), // 80
      answer('enterprise', 1, { overall: 'satisfied' }), // 80
      ...many(5, 'enterprise', 2, 'satisfied'),
      answer('enterprise', 2, { formalism: 'satisfied' }),
    ];
    const results = scoreRound(answers, [1, 2]);
    // score (90 + 80 + 60 + 80 + 80) / 5 = 78; graft (100 + 80 + 40) / 3 = 73.33
    expect(byId(results, 1).panels.enterprise).toMatchObject({ n: 5, score: 78 });
    expect(byId(results, 1).panels.enterprise?.criteria).toEqual({ overall: 80, graft: 73.33, formalism: null });
    expect(byId(results, 2).panels.enterprise?.criteria).toEqual({ overall: 80, graft: null, formalism: 80 });
  });

  it('trims the criteria by points, also on a scale that does not fall with the levels', () => {
    const scale = { very_satisfied: 100, satisfied: 10, basically_satisfied: 60, dissatisfied: 40, very_dissatisfied: 20 };
    const answers = [answer('enterprise', 1, 'very_satisfied'), answer('enterprise', 1, 'satisfied'), ...many(8, 'enterprise', 1, 'basically_satisfied')];
    // sorted 10, 8 x 60, 100: floor(10 * 0.1) = 1 -> drop 10 and 100, leaving 60
    const unit = byId(scoreRound(answers, [1], rules({ scale })), 1);
    expect(unit.panels.enterprise).toMatchObject({ n: 10, score: 60, criteria: { overall: 60 } });
  });

  it('returns every unit asked for, with every panel, even without answers; ignores other units', () => {
    const answers = [...many(5, 'enterprise', 1, 'satisfied'), ...many(5, 'deputy', 99, 'satisfied')];
    const results = scoreRound(answers, [3, 1]);
    expect(results.map((r) => r.unitId)).toEqual([1, 3]);
    expect(byId(results, 3)).toMatchObject({ combined: null, rank: null });
    expect(byId(results, 3).panels).toEqual({
      enterprise: { n: 0, excluded: 0, score: null, sufficient: false, criteria: { overall: null } },
      deputy: { n: 0, excluded: 0, score: null, sufficient: false, criteria: { overall: null } },
    });
    expect(byId(results, 1).panels.deputy).toMatchObject({ n: 0, sufficient: false });
  });
});

describe('scoreRound: combining panels', () => {
  // enterprise 100, foreign_investor 80, deputy 60
  const threePanels = (deputyCount = 5) => [
    ...many(5, 'enterprise', 1, 'very_satisfied'),
    ...many(5, 'foreign_investor', 1, 'satisfied'),
    ...many(deputyCount, 'deputy', 1, 'basically_satisfied'),
  ];

  it('weighs panels equally by default', () => {
    // (100 + 80 + 60) / 3 = 80
    expect(byId(scoreRound(threePanels(), [1]), 1).combined).toBe(80);
  });

  it('applies custom weights', () => {
    // (2*100 + 80 + 60) / 4 = 85
    const weights = { enterprise: 2, foreign_investor: 1, deputy: 1 };
    expect(byId(scoreRound(threePanels(), [1], rules({ weights })), 1).combined).toBe(85);
  });

  it('drops a panel with insufficient data and renormalises the weights', () => {
    const weights = { enterprise: 2, foreign_investor: 1, deputy: 1 };
    const unit = byId(scoreRound(threePanels(4), [1], rules({ weights })), 1);
    expect(unit.panels.deputy).toMatchObject({ n: 4, sufficient: false, score: null });
    // (2*100 + 80) / 3 = 93.333 -> 93.33
    expect(unit.combined).toBe(93.33);
    // equal weights: (100 + 80) / 2 = 90
    expect(byId(scoreRound(threePanels(4), [1]), 1).combined).toBe(90);
  });

  it('leaves out a panel weighted 0 but still reports it', () => {
    const unit = byId(scoreRound(threePanels(), [1], rules({ weights: { deputy: 0 } })), 1);
    // (100 + 80) / 2 = 90
    expect(unit.combined).toBe(90);
    expect(unit.panels.deputy).toMatchObject({ n: 5, score: 60, sufficient: true });
  });

  it('reports a weighted panel that has no answers', () => {
    const unit = byId(scoreRound(threePanels(), [1], rules({ weights: { expert: 1 } })), 1);
    expect(Object.keys(unit.panels).sort()).toEqual(['deputy', 'enterprise', 'expert', 'foreign_investor']);
    expect(unit.panels.expert).toMatchObject({ n: 0, sufficient: false, score: null });
    expect(unit.combined).toBe(80);
  });

  it('is null when the only sufficient panels weigh 0', () => {
    const unit = byId(scoreRound(many(5, 'enterprise', 1, 'satisfied'), [1], rules({ weights: { enterprise: 0 } })), 1);
    expect(unit).toMatchObject({ combined: null, rank: null });
  });
});

describe('scoreRound: ranking', () => {
  it('shares a rank between ties and skips the next (1, 2, 2, 4), unscored units last', () => {
    const answers = [
      ...many(5, 'enterprise', 5, 'very_satisfied'), // 100
      ...many(5, 'enterprise', 3, 'satisfied'), // 80
      ...many(5, 'enterprise', 2, 'satisfied'), // 80
      ...many(5, 'enterprise', 4, 'basically_satisfied'), // 60
      ...many(2, 'enterprise', 6, 'very_satisfied'), // too few
    ];
    const results = scoreRound(answers, [1, 2, 3, 4, 5, 6]);
    expect(results.map((r) => [r.unitId, r.combined, r.rank])).toEqual([
      [5, 100, 1],
      [2, 80, 2],
      [3, 80, 2],
      [4, 60, 4],
      [1, null, null],
      [6, null, null],
    ]);
  });

  it('ranks on the rounded scores', () => {
    // unit 1 scores 100 / 3 = 33.333.., unit 2 exactly 33.33: unrounded, unit 1 would rank alone;
    // both are shown as 33.33, so they share the rank
    const scale = { very_satisfied: 100, satisfied: 33.33, basically_satisfied: 0, dissatisfied: 0, very_dissatisfied: 0 };
    const answers = [
      // (100 + 0 + 0) / 3 = 33.333.. per answer
      ...Array.from({ length: 5 }, () => answer('enterprise', 1, { a: 'very_satisfied', b: 'basically_satisfied', c: 'basically_satisfied' })),
      ...many(5, 'enterprise', 2, 'satisfied'), // 33.33
    ];
    const results = scoreRound(answers, [2, 1], rules({ scale }));
    expect(results.map((r) => [r.unitId, r.combined, r.rank])).toEqual([
      [1, 33.33, 1],
      [2, 33.33, 1],
    ]);
  });
});

describe('scoreRound: change against the previous quarter', () => {
  it('gives score and rank changes with their signs', () => {
    const answers = [...many(5, 'enterprise', 1, 'very_satisfied'), ...many(5, 'enterprise', 2, 'satisfied'), ...many(5, 'enterprise', 3, 'basically_satisfied')];
    const previous = [
      { unitId: 1, combined: 85.3, rank: 2 },
      { unitId: 2, combined: 90, rank: 1 },
      { unitId: 4, combined: 70, rank: 3 },
    ];
    const results = scoreRound(answers, [1, 2, 3, 4], DEFAULT_RULES, previous);
    // unit 1: 100 - 85.3 = 14.7 (not 14.700000000000003), rank 2 -> 1 = up 1
    expect(byId(results, 1)).toMatchObject({ combined: 100, rank: 1, previousScore: 85.3, previousRank: 2, scoreChange: 14.7, rankChange: 1 });
    // unit 2: 80 - 90 = -10, rank 1 -> 2 = down 1
    expect(byId(results, 2)).toMatchObject({ combined: 80, rank: 2, previousScore: 90, previousRank: 1, scoreChange: -10, rankChange: -1 });
    // unit 3: not in the previous round
    expect(byId(results, 3)).toMatchObject({ rank: 3, previousScore: null, previousRank: null, scoreChange: null, rankChange: null });
    // unit 4: no score now
    expect(byId(results, 4)).toMatchObject({ combined: null, rank: null, previousScore: 70, previousRank: 3, scoreChange: null, rankChange: null });
  });

  it('has no change where the previous round had no score', () => {
    const results = scoreRound(many(5, 'enterprise', 1, 'satisfied'), [1], DEFAULT_RULES, [{ unitId: 1, combined: null, rank: null }]);
    expect(byId(results, 1)).toMatchObject({ rank: 1, previousScore: null, previousRank: null, scoreChange: null, rankChange: null });
  });
});

describe('rounding', () => {
  it('rounds to 2 decimals, halves away from zero, without float artefacts', () => {
    expect(round2(79.99999999999999)).toBe(80);
    // 1.005 is stored as 1.00499999999999989..., still rounded as written
    expect(round2(1.005)).toBe(1.01);
    expect(round2(-1.005)).toBe(-1.01);
    expect(round2(2.675)).toBe(2.68);
    expect(round2(93.333333)).toBe(93.33);
    expect(round2(-0.001)).toBe(0);
    expect(Object.is(round2(-0.001), -0)).toBe(false);
  });

  it('gives 80 where the float weighted mean is 79.99999999999999', () => {
    // every panel 80; 80*0.1 + 80*0.2 + 80*0.3 = 48.00000000000001 over 0.1 + 0.2 + 0.3 = 0.6000000000000001
    expect((80 * 0.1 + 80 * 0.2 + 80 * 0.3) / (0.1 + 0.2 + 0.3)).toBe(79.99999999999999);
    const answers = [...many(5, 'enterprise', 1, 'satisfied'), ...many(5, 'foreign_investor', 1, 'satisfied'), ...many(5, 'deputy', 1, 'satisfied')];
    const weights = { enterprise: 0.1, foreign_investor: 0.2, deputy: 0.3 };
    expect(byId(scoreRound(answers, [1], rules({ weights })), 1).combined).toBe(80);
  });
});

describe('scoreRound at campaign size', () => {
  /** mulberry32: a small seeded generator, so the input is the same on every run. */
  function seeded(seed: number) {
    let a = seed >>> 0;
    return () => {
      a = (a + 0x6d2b79f5) >>> 0;
      let t = a;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }

  const PANELS = ['enterprise', 'foreign_investor', 'deputy'];
  const CRITERIA = ['c1', 'c2', 'c3', 'c4', 'c5', 'c6', 'c7', 'c8', 'overall'];
  const UNIT_IDS = Array.from({ length: 91 }, (_, i) => 101 + i);

  function generate(): EvaluationAnswer[] {
    const rand = seeded(20240401);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)] as T;
    const answers: EvaluationAnswer[] = [];
    let evaluatorId = 0;
    for (const panel of PANELS) {
      for (let e = 0; e < 300; e++) {
        evaluatorId++;
        // about one evaluator in five belongs to a unit under evaluation
        const evaluatorUnitId = rand() < 0.2 ? pick(UNIT_IDS) : null;
        // each evaluator leans towards some part of the scale
        const bias = Math.floor(rand() * 3);
        for (const unitId of UNIT_IDS) {
          const levels: Partial<Record<string, Level>> = {};
          for (const c of CRITERIA) if (rand() >= 0.1) levels[c] = LEVELS[Math.min(4, bias + Math.floor(rand() * 3))];
          // a few units are rarely dealt with, so some panels fall below the minimum sample
          const rare = unitId % 30 === 0;
          answers.push({ evaluatorId, evaluatorUnitId, panel, unitId, notDealt: rand() < (rare ? 0.995 : 0.05), levels });
        }
      }
    }
    return answers;
  }

  it('scores 300 evaluators x 91 units x 3 panels into a valid competition ranking', () => {
    const answers = generate();
    expect(answers).toHaveLength(300 * 91 * 3);
    const results = scoreRound(answers, UNIT_IDS);

    expect(results).toHaveLength(91);
    expect(results.map((r) => r.unitId).sort((a, b) => a - b)).toEqual(UNIT_IDS);

    const ranked = results.filter((r) => r.rank !== null);
    const unranked = results.slice(ranked.length);
    // the rarely dealt-with units lack a sufficient panel
    expect(unranked.map((r) => r.unitId)).toEqual([120, 150, 180]);
    // every ranked unit comes before every unranked one
    expect(unranked.every((r) => r.rank === null && r.combined === null)).toBe(true);
    expect(unranked.map((r) => r.unitId)).toEqual([...unranked.map((r) => r.unitId)].sort((a, b) => a - b));
    ranked.forEach((r, i) => {
      expect(r.combined).not.toBeNull();
      if (i === 0) return expect(r.rank).toBe(1);
      const before = ranked[i - 1] as RankedUnit;
      expect(r.combined as number).toBeLessThanOrEqual(before.combined as number);
      // a tie keeps the rank and comes in unitId order; otherwise the rank is the position
      if (r.combined === before.combined) {
        expect(r.rank).toBe(before.rank);
        expect(r.unitId).toBeGreaterThan(before.unitId);
      } else {
        expect(r.rank).toBe(i + 1);
      }
    });

    // the grouping agrees with a plain filter for a few unit/panel pairs
    // 150 is a rarely dealt-with unit, below the minimum sample
    for (const unitId of [101, 150, 191]) {
      for (const panel of PANELS) {
        const given = answers.filter((a) => a.unitId === unitId && a.panel === panel && !a.notDealt && answerScore(a.levels) !== null);
        const counted = given.filter((a) => a.evaluatorUnitId !== unitId);
        const result = byId(results, unitId).panels[panel];
        expect(result?.n).toBe(counted.length);
        expect(result?.excluded).toBe(given.length - counted.length);
        const expected = trimmedMean(counted.map((a) => answerScore(a.levels) as number), 0.1, 10);
        expect(result?.score).toBe(counted.length >= 5 && expected !== null ? round2(expected) : null);
        const c1 = trimmedMean(counted.flatMap((a) => (a.levels.c1 ? [DEFAULT_SCALE[a.levels.c1]] : [])), 0.1, 10);
        expect(result?.criteria.c1).toBe(c1 === null ? null : round2(c1));
      }
    }
  });
});

describe('rule validation', () => {
  const cases: [string, Partial<ScoringRules>, RegExp][] = [
    ['negative trimFraction', { trimFraction: -0.1 }, /trimFraction/],
    ['trimFraction of one half', { trimFraction: 0.5 }, /trimFraction must be in \[0, 0\.5\)/],
    ['NaN trimFraction', { trimFraction: Number.NaN }, /trimFraction/],
    ['trimMinCount 0', { trimMinCount: 0 }, /trimMinCount/],
    ['minSample 0', { minSample: 0 }, /minSample/],
    ['negative weight', { weights: { enterprise: -1 } }, /weight of panel "enterprise"/],
    ['infinite weight', { weights: { deputy: Number.POSITIVE_INFINITY } }, /weight of panel "deputy"/],
    ['NaN weight', { weights: { deputy: Number.NaN } }, /weight of panel "deputy"/],
    ['infinite scale value', { scale: { ...DEFAULT_SCALE, satisfied: Number.POSITIVE_INFINITY } }, /scale\.satisfied/],
    ['NaN scale value', { scale: { ...DEFAULT_SCALE, dissatisfied: Number.NaN } }, /scale\.dissatisfied/],
  ];

  it.each(cases)('refuses %s', (_name, over, message) => {
    expect(() => validateRules(rules(over))).toThrow(RangeError);
    expect(() => validateRules(rules(over))).toThrow(message);
    expect(() => scoreRound([], [1], rules(over))).toThrow(RangeError);
  });

  it('accepts the defaults, no trimming, and zero weights', () => {
    expect(() => validateRules(DEFAULT_RULES)).not.toThrow();
    expect(() => validateRules(rules({ trimFraction: 0, trimMinCount: 1, minSample: 1, weights: { deputy: 0 } }))).not.toThrow();
  });

  it('checks the trimming arguments of trimmedMean', () => {
    expect(() => trimmedMean([1, 2], 0.5, 10)).toThrow(RangeError);
    expect(() => trimmedMean([1, 2], 0.1, 0)).toThrow(RangeError);
  });
});
