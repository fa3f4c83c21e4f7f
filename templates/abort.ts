/** One attempt's signal: the caller's signal and the attempt timeout combined. */
export interface AttemptSignal {
  readonly signal: AbortSignal;
  /** Whether the timeout (not the caller) aborted the attempt. */
  timedOut(): boolean;
  /** Clears the timer and detaches from the caller's signal; call once the attempt is over. */
  dispose(): void;
}

/**
 * Combines by hand rather than with `AbortSignal.any`/`AbortSignal.timeout`, which older runtimes
 * lack and which would leave the caller's signal holding a listener per attempt.
 */
export function linkSignal(callerSignal: AbortSignal | undefined, timeoutMs: number): AttemptSignal {
  const controller = new AbortController();
  let timedOut = false;
  const onCallerAbort = (): void => controller.abort(callerSignal?.reason);
  if (callerSignal?.aborted === true) controller.abort(callerSignal.reason);
  else callerSignal?.addEventListener("abort", onCallerAbort, { once: true });
  const timer: ReturnType<typeof setTimeout> = setTimeout(() => {
    timedOut = true;
    controller.abort(new Error(`Request timed out after ${timeoutMs} ms`));
  }, timeoutMs);
  return {
    signal: controller.signal,
    timedOut: () => timedOut,
    dispose: () => {
      clearTimeout(timer);
      callerSignal?.removeEventListener("abort", onCallerAbort);
    },
  };
}
