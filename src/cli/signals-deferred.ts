const HELD = ["SIGINT", "SIGTERM"] as const;

/**
 * Runs `work` with SIGINT and SIGTERM held back, so writing the output is finished (or rolled
 * back) rather than cut off half-way. A signal nothing else listens for would have ended the
 * process: it is raised again once `work` is over. One another listener handles (watch mode's
 * stop) is left to it.
 */
export async function withSignalsDeferred<T>(work: () => Promise<T>, raise: (signal: NodeJS.Signals) => void = (signal) => process.kill(process.pid, signal)): Promise<T> {
  let pending: NodeJS.Signals | undefined;
  // A `once` listener is gone by the time `hold` runs, so who else listens is read beforehand too.
  const handledElsewhere = new Set<NodeJS.Signals>(HELD.filter((signal) => process.listenerCount(signal) > 0));
  const hold = (signal: NodeJS.Signals) => {
    if (!handledElsewhere.has(signal) && process.listenerCount(signal) === 1) pending ??= signal;
  };
  for (const signal of HELD) process.on(signal, hold);
  try {
    return await work();
  } finally {
    for (const signal of HELD) process.off(signal, hold);
    if (pending !== undefined) raise(pending);
  }
}
