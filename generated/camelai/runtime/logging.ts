import { CallLog } from "./call-log.js";
import { checkLogLevel, Log } from "./logger.js";
import type { ClientLog, LogSettings, PageRefusal } from "./options.js";
import {
  ALWAYS_REDACTED_HEADERS,
  redactHeaders,
  redactURL,
} from "./redact-log.js";

const PAGE_REFUSALS: Readonly<Record<PageRefusal, string>> = {
  invalid: "it is not a valid URL",
  origin: "it points to another origin",
  visited: "that page was already visited",
  requested: "that page was already requested",
  repeats: "it repeats the items of the page before it",
};

/**
 * The client's log (the `logging` option): `logger` (default `console`) at `logLevel` (default
 * `"warn"`), every line prefixed with the client name and redacted: credential headers and query
 * parameters by name, secret values wherever they appear.
 */
export function clientLogging(settings: LogSettings): ClientLog {
  const { secrets } = settings;
  const log = new Log(
    settings.logger,
    checkLogLevel(settings.logLevel ?? "warn"),
    settings.clientName,
    secrets,
  );
  const headerNames = new Set(ALWAYS_REDACTED_HEADERS);
  for (const name of settings.headers) headerNames.add(name.toLowerCase());
  const query = new Set(settings.query);
  const url = (link: string): string => redactURL(link, query, secrets);
  return {
    warn: (message) => log.write("warn", message),
    refused: (next, reason) =>
      log.write(
        "warn",
        `not following the next page link ${url(next)}: ${PAGE_REFUSALS[reason]}`,
      ),
    url,
    call: (method, link) =>
      new CallLog(log, `${method} ${url(link)}`, (headers) =>
        redactHeaders(headers, headerNames, secrets),
      ),
  };
}
