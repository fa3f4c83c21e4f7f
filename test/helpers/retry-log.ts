import { clientLogging, type Logger } from "../../templates/index.js";

/**
 * Client options that record the client's own retry log lines, and the delays they announce:
 * how long the client waited before each retry, read from what it tells its user rather than
 * from the wall clock.
 */
export function retryLog(): {
  options: { logging: typeof clientLogging; logLevel: "info"; logger: Logger };
  delays: () => number[];
} {
  const lines: string[] = [];
  const record = (message: string) => {
    lines.push(message);
  };
  const ignore = () => undefined;
  return {
    options: {
      logging: clientLogging,
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
