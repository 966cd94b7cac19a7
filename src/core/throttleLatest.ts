/** Starts a timer; returns a function that cancels it. The host passes setTimeout; tests pass a manual clock. */
export type ScheduleTimer = (run: () => void, ms: number) => () => void;

export const realTimer: ScheduleTimer = (run, ms) => {
  const handle = setTimeout(run, ms);
  return () => clearTimeout(handle);
};

/**
 * Runs `action` at once for a value that arrives after a quiet spell (so the first keystroke answers in the
 * next frame), and at most once per `intervalMs` during a burst, always with the latest value: keystrokes typed
 * faster than a search completes are coalesced instead of queued.
 */
export function throttleLatest<T>(action: (value: T) => void, intervalMs: number, schedule: ScheduleTimer = realTimer): { push(value: T): void; dispose(): void } {
  let cancel: (() => void) | undefined;
  let pending: { value: T } | undefined;
  const open = (): void => {
    cancel = schedule(() => {
      cancel = undefined;
      if (pending === undefined) return;
      const { value } = pending;
      pending = undefined;
      action(value);
      open();
    }, intervalMs);
  };
  return {
    push(value) {
      if (cancel !== undefined) {
        pending = { value };
        return;
      }
      action(value);
      open();
    },
    dispose() {
      cancel?.();
      cancel = undefined;
      pending = undefined;
    },
  };
}
