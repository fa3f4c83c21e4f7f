/**
 * The state of one walk of the schema interpreter over a value: the issues so far and the work
 * left, kept on a list instead of the call stack (last in, first done), so a deeply nested value
 * costs no stack. Work is listed in reverse, so it is done in schema order, depth first.
 */
import { hasOwn } from "./schema-checks.js";
import type {
  ObjectNode,
  SchemaNode,
  SchemaRef,
  SchemaTable,
} from "./schema-table.js";
import type { ValidationIssue } from "./validation-error.js";

export type Task =
  | {
      readonly do: "check";
      readonly at: SchemaRef;
      readonly value: unknown;
      readonly path: string;
      readonly orNull: boolean;
    }
  | {
      readonly do: "issue";
      readonly path: string;
      readonly keyword: string;
      readonly message: string;
    }
  | {
      readonly do: "items";
      readonly at: SchemaRef;
      readonly items: readonly unknown[];
      readonly index: number;
      readonly path: string;
    }
  | {
      readonly do: "keys";
      readonly node: ObjectNode;
      readonly value: Record<string, unknown>;
      readonly keys: readonly string[];
      readonly index: number;
      readonly path: string;
    }
  | {
      readonly do: "unique";
      readonly items: readonly unknown[];
      readonly path: string;
    };

export interface Walk {
  readonly table: SchemaTable;
  readonly issues: ValidationIssue[];
  readonly limit: number;
  /** False when only the verdict counts: no pointer is built. */
  readonly paths: boolean;
  readonly tasks: Task[];
  /** Values an open enum accepts without listing them; collected only when asked for. */
  readonly notes?: ValidationIssue[];
}

export function report(
  w: Walk,
  path: string,
  keyword: string,
  message: string,
): void {
  if (w.issues.length < w.limit) w.issues.push({ path, message, keyword });
}

/** An issue reported once the work listed before it is done. */
export function issueLater(
  w: Walk,
  path: string,
  keyword: string,
  message: string,
): void {
  w.tasks.push({ do: "issue", path, keyword, message });
}

/** A check done once the work listed before it is done. */
export function later(
  w: Walk,
  at: SchemaRef,
  value: unknown,
  path: string,
): void {
  w.tasks.push({ do: "check", at, value, path, orNull: false });
}

/** `path` followed by one reference token (already escaped). */
export function child(w: Walk, path: string, token: string): string {
  return w.paths ? `${path}/${token}` : "";
}

/** The node a reference stands for: an index into `n`, a named type, or the node itself. */
export function resolve(table: SchemaTable, at: SchemaRef): SchemaNode {
  let ref = at;
  for (;;) {
    if (typeof ref === "object") return ref;
    const next: SchemaRef | undefined =
      typeof ref === "number"
        ? table.n[ref]
        : hasOwn(table.t, ref)
          ? table.t[ref]
          : undefined;
    if (next === undefined) {
      throw new Error(`the schema table has no schema ${JSON.stringify(ref)}`);
    }
    ref = next;
  }
}
