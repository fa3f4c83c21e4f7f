import type { Logger } from "../../templates/index.js";

/**
 * Client options (with the `clientLogging` of the runtime under test) that record the client's own retry log lines, and the delays they announce:
 * how long the client waited before each retry, read from what it tells its user rather than
 * from the wall clock.
 */
export function retryLog<L>(logging: L): {
  options: { logging: L; logLevel: "info"; logger: Logger };
  delays: () => number[];
} {
  const lines: string[] = [];
  const record = (message: string) => {
    lines.push(message);
  };
  const ignore = () => undefined;
  return {
    options: {
      logging,
      logLevel: "info",
      logger: { error: ignore, warn: ignore, info: record, debug: ignore },
    },
    delays: () =>
      lines.flatMap((line) => {
        const match = /^.*retrying .* in (\d+) ms \(retry/.exec(line);
        return match ? [Number(match[1])] : [];
      }),
  };
}
