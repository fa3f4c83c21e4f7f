import type { SchemaTable } from "./schema-table.js";
import { validateWith, validationError } from "./schema-interpreter.js";
import type { ValidationIssue } from "./validation-error.js";

/** `assertX`: returns when `value` is a valid X, else throws a ValidationError listing why not. */
export type Assertion<T> = (value: unknown) => asserts value is T;

/**
 * `validateX` for one named type of a table. The generated guards call it as
 * `/* @__PURE__ *\/ validatorOf(schemas, "X")`, so a bundle that never uses validateX drops it.
 */
export function validatorOf(
  table: SchemaTable,
  typeName: string,
): (value: unknown) => ValidationIssue[] {
  return (value) => validateWith(table, typeName, value);
}

/** `assertX`: the compiled guard decides; the interpreter only explains a value that fails it. */
export function assertionOf<T>(
  table: SchemaTable,
  typeName: string,
  guard: (value: unknown) => value is T,
): Assertion<T> {
  return (value) => {
    if (!guard(value)) throw validationError(table, typeName, value);
  };
}
