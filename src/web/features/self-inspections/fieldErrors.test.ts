import { describe, expect, it } from 'vitest';
import { contentPlace, fieldWording, isWholeContent, pathParts, placeProblems } from './fieldErrors';
import type { ReportContent } from './types';

const rect = (key: string) => ({ key, category: 'graft', description: 'd', measure: 'm', responsible: 'r', deadline: '2011-06-30', status: 'done' as const });
const SENT: ReportContent = { rectifications: [rect('a1'), rect('b2'), rect('c3')], institutions: [{ key: 'i1', name: '制度' }], trainings: [], summary: '' };

describe('field error paths', () => {
  it('reads the ways a server writes a path', () => {
    expect(pathParts('content.rectifications.2.evidence')).toEqual(['content', 'rectifications', 2, 'evidence']);
    expect(pathParts('content.rectifications[2].evidence')).toEqual(['content', 'rectifications', 2, 'evidence']);
    expect(pathParts('body.content.rectifications[2].evidence')).toEqual(['content', 'rectifications', 2, 'evidence']);
    expect(pathParts('/content/institutions/0/name')).toEqual(['content', 'institutions', 0, 'name']);
    expect(pathParts(['body', 'content', 'trainings', 1, 'heldOn'])).toEqual(['content', 'trainings', 1, 'heldOn']);
  });

  it('finds the place in the content', () => {
    expect(contentPlace('content.rectifications.2.evidence')).toEqual({ kind: 'item', section: 'rectifications', index: 2, field: 'evidence' });
    expect(contentPlace('content.trainings.0')).toEqual({ kind: 'item', section: 'trainings', index: 0, field: null });
    expect(contentPlace('content.institutions')).toEqual({ kind: 'list', section: 'institutions' });
    expect(contentPlace('content.summary')).toEqual({ kind: 'summary' });
    expect(contentPlace('revision')).toBeNull();
    expect(contentPlace('content')).toBeNull();
    expect(isWholeContent('body.content')).toBe(true);
    expect(isWholeContent('content.summary')).toBe(false);
    expect(contentPlace('content.other.1')).toBeNull();
  });

  it('puts each error with the key of the item sent at that place', () => {
    const placed = placeProblems(
      [
        { path: 'content.rectifications.2.evidence', message: 'is required once done' },
        { path: 'content.institutions.0', message: 'bad' },
        { path: 'content.summary', message: 'too long' },
        { path: 'content.rectifications.7.category', message: 'no such item' },
        { path: 'revision', message: 'stale' },
      ],
      SENT,
    );
    expect(placed.items).toEqual([
      { section: 'rectifications', key: 'c3', field: 'evidence', message: 'is required once done' },
      { section: 'institutions', key: 'i1', field: null, message: 'bad' },
    ]);
    expect(placed.summary).toEqual(['too long']);
    expect(placed.other.map((e) => e.path)).toEqual(['content.rectifications.7.category', 'revision']);
  });

  it('words the submission checks by their field', () => {
    expect(fieldWording('rectifications', 'category', 'must be one of execution, graft')).toBe('category');
    expect(fieldWording('rectifications', 'evidence', 'is required')).toBe('evidence');
    expect(fieldWording('rectifications', 'deadline', 'must fall within the campaign (2011-01-01 to 2011-12-31)')).toBe('withinCampaign');
    expect(fieldWording('trainings', 'heldOn', 'must be a real day, YYYY-MM-DD')).toBe('day');
    expect(fieldWording('institutions', 'issuedOn', 'cannot be in the future')).toBe('notFuture');
    expect(fieldWording('institutions', 'name', 'Too big')).toBeNull();
  });
});
