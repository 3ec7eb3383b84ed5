import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ThrottledAnnouncer } from '../../../src/scrolly/throttledAnnouncer';

describe('the live region speaks at most once per 750 ms', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('speaks the first message at once and the last of a burst at the end of the interval', () => {
    const region = { textContent: '' as string | null };
    const spoken: string[] = [];
    const say = new ThrottledAnnouncer(region, 750, () => Date.now());
    const record = () => spoken.push(region.textContent ?? '');
    say.say('Step 1');
    record();
    vi.advanceTimersByTime(100);
    say.say('Step 2');
    say.say('Step 3');
    expect(region.textContent).toBe('Step 1');
    vi.advanceTimersByTime(649);
    expect(region.textContent).toBe('Step 1');
    vi.advanceTimersByTime(1);
    record();
    expect(spoken).toEqual(['Step 1', 'Step 3']);
  });

  it('changes the text when the same message repeats, so it is spoken again', () => {
    const region = { textContent: '' as string | null };
    const say = new ThrottledAnnouncer(region, 750, () => Date.now());
    say.say('Step 4');
    vi.advanceTimersByTime(800);
    say.say('Step 4');
    expect(region.textContent).toBe('Step 4\u00a0');
  });

  it('drops a waiting message when destroyed', () => {
    const region = { textContent: '' as string | null };
    const say = new ThrottledAnnouncer(region, 750, () => Date.now());
    say.say('a');
    say.say('b');
    say.destroy();
    vi.advanceTimersByTime(1000);
    expect(region.textContent).toBe('a');
  });
});
