import { describe, expect, it } from 'vitest';
import { ApiError } from '../../common/api';
import type { DraftContent, StoredDraft } from './draft';
import { DraftSaver, RETRY_FIRST_MS, SAVE_DELAY_MS, type SaveState } from './draftSaver';
import type { ReportContent } from './types';

const EMPTY: ReportContent = { rectifications: [], institutions: [], trainings: [], summary: '' };
const draft = (summary: string, half = false): DraftContent => ({
  rectifications: half ? [{ key: 'r1', category: 'graft', status: 'planned' }] : [],
  institutions: [],
  trainings: [],
  summary,
});

/** A saver with a hand-run clock: each scheduled run waits in `timers` until the test runs it. */
function harness(answers: ((content: ReportContent, revision: number) => Promise<{ revision: number }>)[], dirty = false, start: DraftContent = draft('')) {
  const timers: { run: () => void; ms: number; cancelled: boolean }[] = [];
  const puts: { content: ReportContent; revision: number }[] = [];
  const states: SaveState[] = [];
  let copy: StoredDraft | null = null;
  let invalid: unknown = null;
  const saver = new DraftSaver(
    {
      put: (content, revision) => {
        puts.push({ content, revision });
        const answer = answers.shift();
        if (!answer) throw new Error('unexpected save');
        return answer(content, revision);
      },
      store: { write: (c) => (copy = c), remove: () => (copy = null) },
      schedule: (run, ms) => {
        const timer = { run, ms, cancelled: false };
        timers.push(timer);
        return () => (timer.cancelled = true);
      },
      now: () => 1_000,
      onState: (state) => states.push(state),
      onInvalid: (error) => (invalid = error),
    },
    { revision: 4, server: EMPTY, draft: start, dirty },
  );
  const live = () => timers.filter((timer) => !timer.cancelled);
  /** Runs the scheduled save that is due and waits for it. */
  const tick = async () => {
    const timer = live().at(-1);
    if (!timer) throw new Error('nothing scheduled');
    timer.cancelled = true;
    timer.run();
    await saver.settled();
  };
  return { saver, puts, states, live, tick, copy: () => copy, invalid: () => invalid };
}

const ok = (revision: number) => () => Promise.resolve({ revision });
const problem = (status: number, code?: string) => () => Promise.reject(new ApiError(status, { status, title: 'x', ...(code ? { type: `about:blank#${code}` } : {}) }));

describe('saving a draft as it is written', () => {
  it('keeps each change in the browser at once and saves it a while later, with the revision', async () => {
    const h = harness([ok(5), ok(6)]);
    h.saver.change(draft('第一稿'));
    expect(h.copy()).toEqual({ baseRevision: 4, savedAt: 1_000, content: draft('第一稿') });
    expect(h.saver.state.phase).toBe('pending');
    expect(h.live().map((timer) => timer.ms)).toEqual([SAVE_DELAY_MS]);
    h.saver.change(draft('第二稿'));
    expect(h.live()).toHaveLength(1);
    await h.tick();
    expect(h.puts).toEqual([{ content: { ...EMPTY, summary: '第二稿' }, revision: 4 }]);
    expect(h.saver.state).toMatchObject({ phase: 'saved', savedAt: 1_000 });
    expect(h.saver.revision).toBe(5);
    // Saved whole: the browser's copy is no longer needed.
    expect(h.copy()).toBeNull();
    h.saver.change(draft('第三稿'));
    await h.saver.flush();
    expect(h.puts[1]?.revision).toBe(5);
  });

  it('sends nothing when nothing changed, and keeps half-written items in the browser only', async () => {
    const h = harness([ok(5)]);
    h.saver.change(draft(''));
    await h.tick();
    expect(h.puts).toHaveLength(0);
    h.saver.change(draft('总结', true));
    await h.tick();
    expect(h.puts[0]?.content).toEqual({ ...EMPTY, summary: '总结' });
    expect(h.saver.state).toMatchObject({ phase: 'saved', incomplete: 1 });
    expect(h.copy()?.content.rectifications).toHaveLength(1);
    expect(h.copy()?.baseRevision).toBe(5);
  });

  it('tries again by itself after a network failure, waiting longer each time', async () => {
    const h = harness([problem(0), problem(503), ok(5)]);
    h.saver.change(draft('离线时写的'));
    await h.tick();
    expect(h.saver.state.phase).toBe('offline');
    expect(h.copy()?.content.summary).toBe('离线时写的');
    expect(h.live().map((timer) => timer.ms)).toEqual([RETRY_FIRST_MS]);
    await h.tick();
    expect(h.live().map((timer) => timer.ms)).toEqual([RETRY_FIRST_MS * 2]);
    await h.tick();
    expect(h.saver.state.phase).toBe('saved');
    expect(h.puts.map((put) => put.revision)).toEqual([4, 4, 4]);
  });

  it('stops at someone else’s revision and keeps the copy', async () => {
    const h = harness([problem(409, 'report_changed')]);
    h.saver.change(draft('我的修改'));
    await h.tick();
    expect(h.saver.state.phase).toBe('conflict');
    h.saver.change(draft('再改一点'));
    expect(h.live()).toHaveLength(0);
    expect(await h.saver.flush()).toBe(false);
    expect(h.copy()?.content.summary).toBe('再改一点');
    expect(h.copy()?.baseRevision).toBe(4);
  });

  it('stops when the report was submitted meanwhile, and reports a refused content', async () => {
    const closed = harness([problem(409, 'report_not_editable')]);
    closed.saver.change(draft('x'));
    await closed.tick();
    expect(closed.saver.state.phase).toBe('closed');
    const invalid = harness([problem(400, 'validation')]);
    invalid.saver.change(draft('y'));
    await invalid.tick();
    expect(invalid.saver.state.phase).toBe('invalid');
    expect(invalid.invalid()).toBeInstanceOf(ApiError);
  });

  it('saves a change made during a save after it, one save at a time', async () => {
    let release: (value: { revision: number }) => void = () => undefined;
    const gate = new Promise<{ revision: number }>((resolve) => (release = resolve));
    const h = harness([() => gate, ok(6)]);
    h.saver.change(draft('一'));
    const first = h.saver.flush();
    h.saver.change(draft('二'));
    const second = h.saver.flush();
    release({ revision: 5 });
    await Promise.all([first, second]);
    expect(h.puts.map((put) => [put.content.summary, put.revision])).toEqual([
      ['一', 4],
      ['二', 5],
    ]);
    expect(h.saver.state.phase).toBe('saved');
  });

  it('saves a draft taken up from the browser once the page shows it, and what waits when the page is left', async () => {
    const h = harness([ok(5), ok(6)], true, draft('恢复的'));
    expect(h.live()).toHaveLength(0);
    h.saver.resume();
    await h.tick();
    expect(h.puts[0]?.content.summary).toBe('恢复的');
    h.saver.change(draft('离开前'));
    h.saver.leave();
    await h.saver.settled();
    expect(h.puts[1]?.content.summary).toBe('离开前');
    expect(h.live()).toHaveLength(0);
  });
});
