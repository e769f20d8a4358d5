import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../common/api';
import { DraftSaver, type SaveStatus } from './draftSaver';

function setUp(send: (value: string) => Promise<{ savedAt: string }>) {
  const phases: SaveStatus['phase'][] = [];
  const kept: (string | null)[] = [];
  const saver = new DraftSaver<string>({ send, onStatus: (status) => phases.push(status.phase), keep: (value) => kept.push(value), delay: 1500, retryDelay: 10_000 });
  return { saver, phases, kept };
}

describe('the draft saver', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('saves the last value once the changes pause', async () => {
    const send = vi.fn(async () => ({ savedAt: '2011-03-01T08:00:00Z' }));
    const { saver, phases, kept } = setUp(send);
    saver.change('a');
    await vi.advanceTimersByTimeAsync(1000);
    saver.change('ab');
    await vi.advanceTimersByTimeAsync(1000);
    expect(send).not.toHaveBeenCalled();
    expect(saver.dirty).toBe(true);
    await vi.advanceTimersByTimeAsync(600);
    expect(send).toHaveBeenCalledExactlyOnceWith('ab');
    expect(saver.dirty).toBe(false);
    expect(phases.at(-1)).toBe('saved');
    expect(kept).toEqual(['a', 'ab', null]);
  });

  it('saves again what changed while a save was on its way', async () => {
    let finish: (value: { savedAt: string }) => void = () => {};
    const send = vi.fn(() => new Promise<{ savedAt: string }>((resolve) => (finish = resolve)));
    const { saver } = setUp(send);
    saver.change('a');
    saver.flush();
    saver.change('ab');
    saver.flush();
    expect(send).toHaveBeenCalledTimes(1);
    finish({ savedAt: 'x' });
    await vi.advanceTimersByTimeAsync(1500);
    expect(send).toHaveBeenLastCalledWith('ab');
    finish({ savedAt: 'y' });
    await vi.advanceTimersByTimeAsync(0);
    expect(saver.dirty).toBe(false);
  });

  it('keeps the value after a failure and tries again when the connection may be back', async () => {
    const send = vi.fn().mockRejectedValueOnce(new ApiError(0, { title: 'Network error', status: 0 })).mockResolvedValue({ savedAt: 'z' });
    const { saver, phases, kept } = setUp(send);
    saver.change('a');
    await vi.advanceTimersByTimeAsync(1500);
    expect(phases.at(-1)).toBe('failed');
    expect(saver.dirty).toBe(true);
    expect(kept.at(-1)).toBe('a');
    await vi.advanceTimersByTimeAsync(10_000);
    expect(send).toHaveBeenCalledTimes(2);
    expect(send).toHaveBeenLastCalledWith('a');
    expect(phases.at(-1)).toBe('saved');
  });

  it('waits for a retry after a refusal, and saves nothing once stopped', async () => {
    const send = vi.fn().mockRejectedValue(new ApiError(400, { title: 'Bad Request', status: 400 }));
    const { saver } = setUp(send);
    saver.change('a');
    await vi.advanceTimersByTimeAsync(60_000);
    expect(send).toHaveBeenCalledTimes(1);
    saver.flush();
    await vi.advanceTimersByTimeAsync(0);
    expect(send).toHaveBeenCalledTimes(2);
    saver.stop();
    saver.change('ab');
    saver.flush();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(send).toHaveBeenCalledTimes(2);
  });
});

describe('the draft saver while answers are submitted', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('sends no draft while held, and saves what is left once released', async () => {
    const send = vi.fn(async () => ({ savedAt: 'x' }));
    const saver = new DraftSaver<string>({ send, onStatus: () => {} });
    saver.change('a');
    saver.hold();
    saver.flush();
    await vi.advanceTimersByTimeAsync(5000);
    expect(send).not.toHaveBeenCalled();
    saver.release();
    await vi.advanceTimersByTimeAsync(1500);
    expect(send).toHaveBeenCalledExactlyOnceWith('a');
  });
});
