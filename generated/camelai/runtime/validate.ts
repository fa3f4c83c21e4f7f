import { InvalidParameterError, ResponseValidationError } from "./errors.js";
import { formatIssues } from "./validation-error.js";
import type { OperationRequest } from "./operation.js";
import type { ClientLog, ValidateMode, Validator } from "./options.js";

/**
 * The validator `mode` checks with, `undefined` when it is `"off"`. A client that cannot check
 * (no validator, or no log to warn to) refuses the mode rather than letting bodies pass unchecked.
 */
export function validatorFor(
  mode: ValidateMode,
  validator: Validator | undefined,
  log: ClientLog | undefined,
  names: { clientName: string; validatorName?: string | undefined },
): Validator | undefined {
  if (mode === "off") return undefined;
  const missing =
    validator === undefined
      ? `a \`validator\`${names.validatorName === undefined ? "" : ` (pass the generated ${names.validatorName}: { validator: ${names.validatorName} })`}`
      : mode === "warn" && log === undefined
        ? "`logging` to warn with (pass { logging: clientLogging })"
        : undefined;
  if (missing === undefined) return validator;
  throw new InvalidParameterError(
    `${names.clientName}: validate "${mode}" needs ${missing}`,
    "validate",
  );
}

/**
 * Applies the `validate` mode to a successful body: `"warn"` logs one line naming the
 * operation, type and issues, `"throw"` raises `ResponseValidationError`.
 */
export function validateResponse(
  data: unknown,
  response: Response,
  req: OperationRequest,
  mode: ValidateMode,
  validator: Validator,
  warn: (message: string) => void,
): void {
  const typeName = req.success;
  if (mode === "off" || typeName === undefined) return;
  const found = validator(typeName, data);
  if (found.length === 0) return;
  const operation = `${req.method} ${req.path}`;
  // Notes (an open enum's unlisted value) are logged in every mode and never fail the body.
  const notes = found.filter((issue) => issue.level === "warn");
  if (notes.length > 0) {
    warn(
      `response body of ${operation} has ${typeName}: ${formatIssues(notes)}`,
    );
  }
  const issues =
    notes.length === 0
      ? found
      : found.filter((issue) => issue.level !== "warn");
  if (issues.length === 0) return;
  const details = `${typeName}: ${formatIssues(issues)}`;
  if (mode === "warn") {
    warn(`response body of ${operation} does not match ${details}`);
    return;
  }
  throw new ResponseValidationError({
    status: response.status,
    headers: response.headers,
    body: data,
    typeName,
    issues,
    message: `Response body of ${operation} does not match ${details}`,
  });
}
