import { describe, expect, it } from 'vitest';
import type { CampaignRow } from '../../core/campaign.js';
import { DEFAULT_RULES } from './scoring.js';
import { overview, type Panel } from './setup.js';

// A campaign after today, so that the current period is the campaign's first.
const campaign = { id: 1, year: 2099, plan: { phases: [{ start: '2099-03-01', end: '2099-12-31' }] } } as unknown as CampaignRow;
const setupWith = (panels: Panel[]) => ({ campaign, panels, criteria: [], rules: DEFAULT_RULES });

describe('the overview’s current period', () => {
  it('follows the rhythm the plan states for its panels', () => {
    expect(overview(setupWith([{ code: 'residents', name: '市民评议团', size: 50, frequency: 'half_yearly' }]), []).currentPeriod).toBe('2099H1');
    expect(overview(setupWith([{ code: 'residents', name: '市民评议团', size: 50, frequency: 'monthly' }]), []).currentPeriod).toBe('2099M03');
  });

  it('gives the campaign’s own days, for the rounds to fall within', () => {
    expect(overview(setupWith([]), []).campaign).toEqual({ start: '2099-03-01', end: '2099-12-31' });
  });

  it('assumes no rhythm when the plan has no panels: the campaign’s year as a whole', () => {
    expect(overview(setupWith([]), []).currentPeriod).toBe('2099');
  });
});
