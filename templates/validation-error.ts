import { hideName } from "./error-name.js";

/** One reason a value failed a generated guard. */
export interface ValidationIssue {
  /** JSON pointer to the offending value, `""` for the root. */
  path: string;
  message: string;
  /** The JSON Schema keyword that failed, e.g. `"type"` or `"required"`. */
  keyword?: string;
  /**
   * `"warn"`: a note, not a failure: the value is accepted (an open enum's unlisted value). Response
   * validation logs it at warn level in every mode and never throws for it.
   */
  level?: "warn";
}

const MAX_LISTED_ISSUES = 3;

/** `"/a/b: expected string; /c: required (+2 more)"`, short enough for an error message. */
export function formatIssues(issues: readonly ValidationIssue[]): string {
  const listed = issues
    .slice(0, MAX_LISTED_ISSUES)
    .map(
      (issue) =>
        `${issue.path === "" ? "(root)" : issue.path}: ${issue.message}`,
    )
    .join("; ");
  const rest = issues.length - MAX_LISTED_ISSUES;
  return rest > 0 ? `${listed} (+${rest} more)` : listed;
}

/** Thrown by the generated `assertX` guards when a value does not match its type. */
export class ValidationError extends Error {
  readonly issues: ValidationIssue[];

  constructor(issues: ValidationIssue[], message?: string) {
    super(message ?? `Validation failed: ${formatIssues(issues)}`);
    hideName(this, "ValidationError");
    this.issues = issues;
  }
}
