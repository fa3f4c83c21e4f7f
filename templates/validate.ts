import { InvalidParameterError, ResponseValidationError } from "./errors.js";
import { formatIssues } from "./validation-error.js";
import type {
  ClientLog,
  IssueLister,
  ResponseCheck,
  Validator,
} from "./options.js";

/**
 * The check a client runs under `mode` with `validator`. A `"warn"` without a log to warn to is
 * refused rather than letting bodies pass unchecked. Notes (an open enum's unlisted value) are
 * logged in every mode and never fail it; issues are logged under `"warn"` and raise
 * `ResponseValidationError` under `"throw"`.
 */
export function responseChecker(
  validator: Validator,
  mode: "warn" | "throw",
  log: ClientLog | undefined,
  clientName: string,
): ResponseCheck {
  if (mode === "warn" && log === undefined)
    throw new InvalidParameterError(
      `${clientName}: validate "warn" needs \`logging\` to warn with (pass { logging: clientLogging })`,
      "validate",
    );
  return (value, response, operation, place) => {
    const types = place === undefined ? validator.bodies : validator.items;
    if (!Object.hasOwn(types, operation)) return;
    const typeName = types[operation] as string;
    const where =
      place === undefined
        ? `response body of ${operation}`
        : `${place} of the response stream`;
    const found = validator.issues(typeName, value);
    const notes = found.filter((issue) => issue.level === "warn");
    if (notes.length > 0)
      log?.warn(`${where} has ${typeName}: ${formatIssues(notes)}`);
    const failed = found.filter((issue) => issue.level !== "warn");
    if (failed.length === 0) return;
    const details = `${where} does not match ${typeName}: ${formatIssues(failed)}`;
    if (mode === "warn") return log?.warn(details);
    throw new ResponseValidationError({
      status: response.status,
      headers: response.headers,
      body: value,
      typeName,
      issues: failed,
      message: details.charAt(0).toUpperCase() + details.slice(1),
    });
  };
}

/**
 * A `validator` option from a function that lists issues and the named types of operations' 2xx
 * bodies and streamed items (by `"METHOD /path"`): a hand-written validator. The checking comes
 * with the validator, so a client without one bundles none of it.
 */
export function responseValidator(
  issues: IssueLister,
  bodies: Readonly<Record<string, string>>,
  items: Readonly<Record<string, string>> = {},
): Validator {
  return { issues, bodies, items, checker: responseChecker };
}
