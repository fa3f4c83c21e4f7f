/** One attempt's signal: the caller's signal and the attempt timeout combined. */
export interface AttemptSignal {
  readonly signal: AbortSignal;
  /**
   * Rejects with the abort reason once the signal fires, so an attempt ends on time even with a
   * `fetch` or a body stream that ignores its signal.
   */
  readonly aborted: Promise<never>;
  /** Whether the timeout (not the caller) aborted the attempt. */
  timedOut(): boolean;
  /** Clears the timer and detaches from the caller's signal; call once the attempt is over. */
  dispose(): void;
  /**
   * Clears the timer only: for a body handed to the caller unread (`asResponse()`), whose own
   * signal must still be able to cancel the stream.
   */
  releaseTimer(): void;
  /** Aborts the attempt's request: how a stream read from its body closes the connection. */
  abort(): void;
}

/**
 * Combined by hand rather than with `AbortSignal.any`, which older runtimes lack (Node < 20.3,
 * older browsers), so that the listener on the caller's signal can be removed explicitly.
 * Aborting the signal is what makes `fetch` close the connection.
 */
export function linkSignal(
  callerSignal: AbortSignal | undefined,
  timeoutMs: number,
): AttemptSignal {
  const controller = new AbortController();
  let timedOut = false;
  const aborted = new Promise<never>((_resolve, reject) => {
    controller.signal.addEventListener(
      "abort",
      () => reject(controller.signal.reason),
      { once: true },
    );
  });
  // Handled here so that an abort after the attempt is over is not an unhandled rejection.
  aborted.catch((): undefined => undefined);
  const onCallerAbort = (): void => controller.abort(callerSignal?.reason);
  if (callerSignal?.aborted === true) controller.abort(callerSignal.reason);
  else callerSignal?.addEventListener("abort", onCallerAbort, { once: true });
  const timer: ReturnType<typeof setTimeout> = setTimeout(() => {
    timedOut = true;
    controller.abort(new Error(`Request timed out after ${timeoutMs} ms`));
  }, timeoutMs);
  return {
    signal: controller.signal,
    aborted,
    timedOut: () => timedOut,
    dispose: () => {
      clearTimeout(timer);
      callerSignal?.removeEventListener("abort", onCallerAbort);
    },
    releaseTimer: () => clearTimeout(timer),
    abort: () => controller.abort(),
  };
}
