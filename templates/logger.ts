import { InvalidParameterError } from "./errors.js";
import type { LogLevel, Logger } from "./options.js";
import { scrubText } from "./redact.js";

export type LogMethod = Exclude<LogLevel, "off">;

const SEVERITY: Readonly<Record<LogLevel, number>> = {
  off: 0,
  error: 1,
  warn: 2,
  info: 3,
  debug: 4,
};

/** Structured details of one log line: strings, numbers and nested records only. */
export type LogDetails = Readonly<Record<string, unknown>>;

function defaultLogger(): Partial<Logger> | undefined {
  return (globalThis as { console?: Partial<Logger> }).console;
}

export function checkLogLevel(value: string): LogLevel {
  if (!Object.hasOwn(SEVERITY, value)) {
    throw new InvalidParameterError(
      `logLevel must be one of ${Object.keys(SEVERITY).join(", ")}, got ${JSON.stringify(value)}`,
      "logLevel",
    );
  }
  return value as LogLevel;
}

/**
 * The client's logger: filters by level, prefixes the client name and scrubs every message and
 * detail of secrets, so nothing logged can carry a credential.
 */
export class Log {
  readonly #logger: Partial<Logger> | undefined;
  readonly #level: number;
  readonly #prefix: string;
  readonly #secrets: readonly string[];

  /** `secrets`: the forms `secretForms` gives. */
  constructor(
    logger: Logger | undefined,
    level: LogLevel,
    clientName: string,
    secrets: readonly string[],
  ) {
    this.#logger = logger ?? defaultLogger();
    this.#level = SEVERITY[level];
    this.#prefix = `${clientName}: `;
    this.#secrets = secrets;
  }

  enabled(method: LogMethod): boolean {
    return SEVERITY[method] <= this.#level && this.#logger !== undefined;
  }

  /** Writes one line at `method`'s level, if the level and the logger allow. */
  write(method: LogMethod, message: string, details?: LogDetails): void {
    if (!this.enabled(method)) return;
    const write = this.#logger?.[method];
    if (typeof write !== "function") return;
    const line = scrubText(`${this.#prefix}${message}`, this.#secrets);
    try {
      if (details === undefined) write.call(this.#logger, line);
      else write.call(this.#logger, line, this.#scrub(details, 0));
    } catch {
      // A failing logger must not fail the request it describes.
    }
  }

  #scrub(value: unknown, depth: number): unknown {
    if (typeof value === "string") return scrubText(value, this.#secrets);
    if (typeof value !== "object" || value === null || depth > 4) return value;
    const copy: Record<string, unknown> = {};
    for (const key of Object.keys(value))
      copy[key] = this.#scrub(
        (value as Record<string, unknown>)[key],
        depth + 1,
      );
    return copy;
  }
}
