import assert from 'node:assert/strict';
import { throttleLatest, type ScheduleTimer } from '../../src/core/throttleLatest';

/** A clock moved by hand, so the test says what happens when, without waiting. */
function manualClock(): { schedule: ScheduleTimer; advance(ms: number): void } {
  let now = 0;
  let timers: Array<{ at: number; run: () => void }> = [];
  return {
    schedule: (run, ms) => {
      const timer = { at: now + ms, run };
      timers.push(timer);
      return () => {
        timers = timers.filter((candidate) => candidate !== timer);
      };
    },
    advance(ms) {
      const until = now + ms;
      for (;;) {
        const due = timers.filter((timer) => timer.at <= until).sort((a, b) => a.at - b.at)[0];
        if (!due) break;
        timers = timers.filter((timer) => timer !== due);
        now = due.at;
        due.run();
      }
      now = until;
    },
  };
}

describe('throttleLatest', () => {
  it('answers the first keystroke at once and a burst with its latest value only', () => {
    const clock = manualClock();
    const searched: string[] = [];
    const search = throttleLatest((query: string) => searched.push(query), 25, clock.schedule);
    search.push('g');
    assert.deepEqual(searched, ['g'], 'the first keystroke is searched without waiting');
    search.push('gr');
    search.push('gra');
    search.push('grap');
    assert.deepEqual(searched, ['g']);
    clock.advance(25);
    assert.deepEqual(searched, ['g', 'grap'], 'the burst is searched once, with what was typed last');
    clock.advance(100);
    assert.deepEqual(searched, ['g', 'grap'], 'nothing more when nothing more was typed');
    search.push('graph');
    assert.deepEqual(searched, ['g', 'grap', 'graph'], 'after a quiet spell the next keystroke is searched at once again');
  });

  it('drops a pending value when disposed (the picker was closed)', () => {
    const clock = manualClock();
    const searched: string[] = [];
    const search = throttleLatest((query: string) => searched.push(query), 25, clock.schedule);
    search.push('a');
    search.push('ab');
    search.dispose();
    clock.advance(100);
    assert.deepEqual(searched, ['a']);
  });
});
