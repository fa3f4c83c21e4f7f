import { InvalidParameterError, ResponseValidationError } from "./errors.js";
import { formatIssues, type ValidationIssue } from "./validation-error.js";
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

/** A value a validator checked: its response, and `where` it came from for messages (`response body of GET /things/{id}`). */
export interface CheckedValue {
  readonly value: unknown;
  readonly response: Response;
  readonly where: string;
  readonly typeName: string;
}

/**
 * Applies a validator's findings on a 2xx body or a streamed item. Notes (an open enum's unlisted
 * value) are logged in every mode and never fail it; issues are logged under `"warn"` and raise
 * `ResponseValidationError` under `"throw"`.
 */
export function applyIssues(
  found: readonly ValidationIssue[],
  checked: CheckedValue,
  mode: "warn" | "throw",
  warn: (message: string) => void,
): void {
  const { where, typeName, response } = checked;
  const notes = found.filter((issue) => issue.level === "warn");
  if (notes.length > 0)
    warn(`${where} has ${typeName}: ${formatIssues(notes)}`);
  const issues = found.filter((issue) => issue.level !== "warn");
  if (issues.length === 0) return;
  const details = `${where} does not match ${typeName}: ${formatIssues(issues)}`;
  if (mode === "warn") return warn(details);
  throw new ResponseValidationError({
    status: response.status,
    headers: response.headers,
    body: checked.value,
    typeName,
    issues,
    message: details.charAt(0).toUpperCase() + details.slice(1),
  });
}

/** Applies the `validate` mode to a successful body. */
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
  const where = `response body of ${req.method} ${req.path}`;
  applyIssues(
    validator(typeName, data),
    { value: data, response, where, typeName },
    mode,
    warn,
  );
}
