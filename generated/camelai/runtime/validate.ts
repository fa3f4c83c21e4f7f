import { ResponseValidationError } from "./errors.js";
import { formatIssues, type ValidationIssue } from "./validation-error.js";
import type { OperationRequest } from "./operation.js";
import type { ValidateMode } from "./options.js";

/**
 * Applies the `validate` mode to a successful body: `"warn"` logs one line naming the
 * operation and type, `"throw"` raises `ResponseValidationError`.
 */
export function validateResponse(
  data: unknown,
  response: Response,
  req: OperationRequest,
  mode: ValidateMode,
  warn: (message: string) => void,
): void {
  if (mode === "off" || req.success === undefined || req.success.check(data))
    return;
  const { typeName } = req.success;
  const operation = `${req.method} ${req.path}`;
  const listed = req.success.issues?.(data) ?? [];
  const issues: ValidationIssue[] =
    listed.length > 0
      ? listed
      : [{ path: "", message: `response body does not match ${typeName}` }];
  const details = listed.length > 0 ? `: ${formatIssues(listed)}` : "";
  if (mode === "warn") {
    warn(`response body of ${operation} does not match ${typeName}${details}`);
    return;
  }
  throw new ResponseValidationError({
    status: response.status,
    headers: response.headers,
    body: data,
    typeName,
    issues,
    message: `Response body of ${operation} does not match ${typeName}${details}`,
  });
}
