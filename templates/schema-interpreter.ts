/**
 * Why a value does not match a named type: the generated `validateX` and `assertX` ask this
 * interpreter, which reads the client's schema table (schemas.ts). One issue per failing keyword
 * (JSON pointer, keyword, message), depth first in schema order, at most MAX_ISSUES; none exactly
 * when the generated `isX` accepts the value. Only the verdict of a union's variants and of `not`
 * starts a walk of its own, as the generated guards call a function for them.
 */
import { checkContains, checkPropertyNames } from "./schema-applicators.js";
import { MAX_ISSUES, failureMessage } from "./schema-checks.js";
import {
  checkArray,
  checkObject,
  itemStep,
  keyStep,
  uniqueStep,
} from "./schema-containers.js";
import { scalarFailures, unlistedValueNote } from "./schema-scalars.js";
import type { SchemaRef, SchemaTable } from "./schema-table.js";
import { explainUnion } from "./schema-union.js";
import { checkUnevaluated } from "./schema-unevaluated.js";
import { later, report, resolve, type Task, type Walk } from "./schema-walk.js";
import { ValidationError, type ValidationIssue } from "./validation-error.js";

/**
 * The issues of `value` against the named type `typeName` of `table`; empty when it matches.
 * `notes`: also list, after them, the values open enums accept without listing them, each with
 * `level: "warn"` (response validation logs them).
 */
export function validateWith(
  table: SchemaTable,
  typeName: string,
  value: unknown,
  notes = false,
): ValidationIssue[] {
  const found: ValidationIssue[] | undefined = notes ? [] : undefined;
  const issues = walk(table, typeName, value, MAX_ISSUES, true, found);
  return found === undefined ? issues : issues.concat(found);
}

/** The ValidationError an `assertX` throws for a value that is not a valid `typeName`. */
export function validationError(
  table: SchemaTable,
  typeName: string,
  value: unknown,
): ValidationError {
  const issues = validateWith(table, typeName, value);
  return new ValidationError(issues, failureMessage(typeName, issues));
}

function walk(
  table: SchemaTable,
  at: SchemaRef,
  value: unknown,
  limit: number,
  paths: boolean,
  notes?: ValidationIssue[],
  start = "",
): ValidationIssue[] {
  const w: Walk =
    notes === undefined
      ? { table, issues: [], limit, paths, tasks: [] }
      : { table, issues: [], limit, paths, tasks: [], notes };
  check(w, at, value, start, false);
  for (
    let task = w.tasks.pop();
    task !== undefined && w.issues.length < limit;
    task = w.tasks.pop()
  ) {
    run(w, task);
  }
  return w.issues;
}

/** Whether `value` matches the schema at `at`: the verdict of the generated guards. */
function matches(table: SchemaTable, at: SchemaRef, value: unknown): boolean {
  return walk(table, at, value, 1, false).length === 0;
}

function run(w: Walk, task: Task): void {
  switch (task.do) {
    case "check":
      return check(w, task.at, task.value, task.path, task.orNull);
    case "issue":
      return report(w, task.path, task.keyword, task.message);
    case "items":
      return itemStep(w, task);
    case "keys":
      return keyStep(w, task);
    case "unique":
      return uniqueStep(w, task);
  }
}

/** `orNull`: the schema is the non-null side of a nullable one, so a wrong type says null is allowed. */
function check(
  w: Walk,
  at: SchemaRef,
  value: unknown,
  path: string,
  orNull: boolean,
): void {
  const node = resolve(w.table, at);
  // A named type is checked on its own terms, never as the non-null side of a nullable.
  const nullable = orNull && typeof at !== "string";
  switch (node.k) {
    case "a":
      checkArray(w, node, value, path, nullable);
      return checkContains(w, node, value, path, matches);
    case "o":
      checkObject(w, node, value, path, nullable);
      return checkPropertyNames(w, node, value, path, matches);
    case "|":
    case "^": {
      let matching = 0;
      let first: SchemaRef | undefined;
      for (const variant of node.v) {
        if (!matches(w.table, variant, value)) continue;
        first ??= variant;
        if (node.k === "|") break;
        matching++;
      }
      if (node.k === "|" ? first !== undefined : matching === 1) {
        return noteVariant(w, first as SchemaRef, value, path);
      }
      return explainUnion(w, node, value, path, matching);
    }
    case "&":
      for (let i = node.v.length - 1; i >= 0; i--) {
        later(w, node.v[i] as SchemaRef, value, path);
      }
      return;
    case "?":
      if (value === null) return;
      w.tasks.push({ do: "check", at: node.s, value, path, orNull: true });
      return;
    case "!":
      if (matches(w.table, node.s, value)) {
        report(w, path, "not", "must not match the schema in not");
      }
      return;
    case "up":
    case "ui":
      return checkUnevaluated(w, node, value, path, matches);
    default: {
      const failures = scalarFailures(node, value, nullable) ?? [];
      for (const { keyword, message } of failures) {
        report(w, path, keyword, message);
      }
      const note = node.k === "e" ? unlistedValueNote(node, value) : undefined;
      if (
        note !== undefined &&
        w.notes !== undefined &&
        w.notes.length < w.limit
      ) {
        w.notes.push({ path, message: note, keyword: "enum", level: "warn" });
      }
    }
  }
}

/** The notes of the union variant a value matched (its verdict walk collects none). */
function noteVariant(
  w: Walk,
  variant: SchemaRef,
  value: unknown,
  path: string,
): void {
  if (w.notes !== undefined) {
    walk(w.table, variant, value, w.limit, true, w.notes, path);
  }
}
