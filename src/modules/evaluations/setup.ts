import { asc, desc, eq } from 'drizzle-orm';
import { today } from '../../core/calendar/workdays.js';
import type { CampaignRow } from '../../core/campaign.js';
import { type Queryable } from '../../core/db/client.js';
import { problemCategories } from '../plan/tables.js';
import { evaluationRounds, evaluationRules } from './tables.js';
import { badRequest } from '../../core/errors.js';
import type { Write } from '../../core/http/change.js';
import type { Plan } from '../plan/contract.js';
import { currentPeriod, OVERALL } from './rules.js';
import { campaignSpan } from '../../core/campaign.js';
import { DEFAULT_RULES, validateRules, type ScoringRules } from './scoring.js';

/** What every evaluation route needs (the campaign's panels, questionnaire and scoring rules) and the rules' changes. */

export type Panel = { code: string; name: string; size: number; frequency: string };

/** What every evaluation route needs: the current campaign, its panels, questionnaire and rules. */
export type EvaluationSetup = { campaign: CampaignRow; panels: Panel[]; criteria: { code: string; name: string }[]; rules: ScoringRules };

type Category = { code: string; name: string };

/**
 * The campaign's problem categories, kept with the campaign row they were read for. Categories
 * change only with a plan import, which rewrites the campaign row; the instance's copy of that
 * row (req.campaign()) is then read afresh, a new object, and the categories with it. The rules
 * are not kept: they change through PUT /api/evaluations/rules on any instance.
 */
const categoriesOf = new WeakMap<CampaignRow, Category[]>();

async function categories(db: Queryable, campaign: CampaignRow): Promise<Category[]> {
  const kept = categoriesOf.get(campaign);
  if (kept) return kept;
  const cats = await db
    .select({ code: problemCategories.code, name: problemCategories.name })
    .from(problemCategories)
    .where(eq(problemCategories.campaignId, campaign.id))
    .orderBy(asc(problemCategories.sort));
  categoriesOf.set(campaign, cats);
  return cats;
}

/** The setup for a campaign (the route's `req.campaign()`): its panels, questionnaire and scoring rules. */
export async function evaluationSetup(db: Queryable, campaign: CampaignRow): Promise<EvaluationSetup> {
  const plan = campaign.plan as Plan;
  const panels = plan.measures.evaluationPanels;
  const cats = await categories(db, campaign);
  const [stored] = await db.select().from(evaluationRules).where(eq(evaluationRules.campaignId, campaign.id));
  const rules = { ...DEFAULT_RULES, ...((stored?.rules as Partial<ScoringRules> | undefined) ?? {}) };
  return { campaign, panels, criteria: [...cats, { code: OVERALL, name: '总体评价' }], rules };
}

export function panelOf(setup: EvaluationSetup, code: string, path = 'panel'): Panel {
  const p = setup.panels.find((x) => x.code === code);
  if (!p) throw badRequest('Unknown panel', [{ path, message: `must be one of ${setup.panels.map((x) => x.code).join(', ')}` }]);
  return p;
}

export function overview(setup: EvaluationSetup, periods: string[]) {
  // The rhythm is the plan's (its first panel's). A plan without panels states none, and none is
  // assumed: the current period is then the campaign's year as a whole (no round can be created).
  const frequency = setup.panels[0]?.frequency;
  return {
    panels: setup.panels,
    periods,
    currentPeriod: frequency ? currentPeriod(campaignSpan(setup.campaign), today(), frequency) : String(setup.campaign.year),
    /** The campaign's first and last day: rounds fall within them. */
    campaign: campaignSpan(setup.campaign),
    rules: setup.rules,
    criteria: setup.criteria,
  };
}

export async function periodsWithRounds(db: Queryable, campaignId: number): Promise<string[]> {
  const r = await db
    .selectDistinct({ period: evaluationRounds.period })
    .from(evaluationRounds)
    .where(eq(evaluationRounds.campaignId, campaignId))
    .orderBy(desc(evaluationRounds.period));
  return r.map((x) => x.period);
}

export async function saveRules(w: Write, setup: EvaluationSetup, patch: Partial<ScoringRules>): Promise<ScoringRules> {
  const rules = { ...setup.rules, ...patch };
  for (const code of Object.keys(rules.weights)) panelOf(setup, code, `weights.${code}`);
  try {
    validateRules(rules);
  } catch (err) {
    throw badRequest((err as Error).message, [{ path: '(root)', message: (err as Error).message }]);
  }
  await w.tx
    .insert(evaluationRules)
    .values({ campaignId: setup.campaign.id, rules })
    .onConflictDoUpdate({ target: evaluationRules.campaignId, set: { rules, updatedAt: new Date() } });
  await w.audit({ action: 'evaluation.rules', objectType: 'campaign', objectId: setup.campaign.id, detail: { ...patch } });
  return rules;
}
