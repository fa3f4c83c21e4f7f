import { literal, stringLiteral } from "./escape.js";
import type { Literal } from "../model/ir.js";

/** A module-level constant a guard refers to (a compiled pattern, an enum set, a key list). */
export interface GuardConstant {
  name: string;
  type: string;
  initializer: string;
}

/**
 * Collects constants for guards.ts so each is built once at import, not per call; identical
 * constants are shared.
 */
export class GuardConstants {
  private readonly byInitializer = new Map<string, GuardConstant>();
  /** Runtime helpers (runtime/schema-checks.ts) the guards call, for the import list. */
  readonly helpers = new Set<string>();

  /** Names a runtime helper and records that guards.ts needs it. */
  helper(name: string): string {
    this.helpers.add(name);
    return name;
  }

  pattern(source: string): string {
    return this.add("PATTERN", "RegExp", `new RegExp(${stringLiteral(source)}, "u")`);
  }

  literalSet(values: Literal[]): string {
    return this.add("VALUES", "ReadonlySet<unknown>", `new Set<unknown>([${values.map(literal).join(", ")}])`);
  }

  keySet(keys: string[]): string {
    return this.add("KEYS", "ReadonlySet<string>", `new Set<string>([${keys.map(stringLiteral).join(", ")}])`);
  }

  all(): GuardConstant[] {
    return [...this.byInitializer.values()];
  }

  private add(prefix: string, type: string, initializer: string): string {
    const key = `${type}|${initializer}`;
    const existing = this.byInitializer.get(key);
    if (existing) return existing.name;
    const constant = { name: `${prefix}_${this.byInitializer.size}`, type, initializer };
    this.byInitializer.set(key, constant);
    return constant.name;
  }
}
