import { ResponseValidationError } from "./errors.js";
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
  if (mode === "warn") {
    warn(`response body of ${operation} does not match ${typeName}`);
    return;
  }
  throw new ResponseValidationError({
    status: response.status,
    headers: response.headers,
    body: data,
    typeName,
    issues: [{ path: "", message: `response body does not match ${typeName}` }],
    message: `Response body of ${operation} does not match ${typeName}`,
  });
}
