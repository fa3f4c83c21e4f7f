import type { ImportDeclarationStructure } from "ts-morph";
import { StructureKind } from "./ts-morph.js";
import { literal, stringLiteral } from "./escape.js";
import type { Literal } from "../model/ir.js";
import type { ModuleNames } from "./guard-names.js";
import { patternFlags } from "../model/pattern-flags.js";

/** A module-level constant a guard refers to (a compiled pattern, an enum set, a key set). */
export interface GuardConstant {
  name: string;
  type: string;
  initializer: string;
}

/** What guards.ts may import besides types: runtime helpers and the schema table, by module. */
const RUNTIME_HELPERS: Record<string, readonly string[]> = {
  "./runtime/schema-checks.js": ["hasOwn", "hasUniqueItems", "isAbsentOr", "isArrayOf", "isBoolean", "isFormatted", "isInteger", "isMultipleOf", "isNumber", "isRecord", "isStringOf", "isUploadable"],
  "./runtime/formats.js": ["isByte", "isDate", "isDateTime", "isEmail", "isHostname", "isIpv4", "isIpv6", "isTime", "isUri", "isUuid"],
  "./runtime/schema-bindings.js": ["Assertion", "assertionOf", "validatorOf"],
  "./runtime/standard-schema.js": ["standardSchemaOf"],
  "./schemas.js": ["schemas"],
};

/** Runtime helpers that are types, imported with `type` (verbatimModuleSyntax). */
const TYPE_ONLY_HELPERS: ReadonlySet<string> = new Set(["Assertion"]);

/** `format` values the guards check, with the runtime/formats.ts function that checks each. */
export const FORMAT_CHECKS: Readonly<Record<string, string>> = {
  "date-time": "isDateTime",
  date: "isDate",
  time: "isTime",
  email: "isEmail",
  hostname: "isHostname",
  ipv4: "isIpv4",
  ipv6: "isIpv6",
  uri: "isUri",
  uuid: "isUuid",
  byte: "isByte",
};

/**
 * Collects what guards.ts needs besides its functions: constants built once at import (never per
 * call; identical ones shared) and the runtime helpers it calls. Every helper's local name is
 * decided up front, so later names (locals, hoisted functions) can avoid them.
 */
export class GuardConstants {
  private readonly byInitializer = new Map<string, GuardConstant>();
  private readonly aliases = new Map<string, string>();
  private readonly used = new Set<string>();

  constructor(private readonly names: ModuleNames) {
    for (const helpers of Object.values(RUNTIME_HELPERS)) for (const helper of helpers) this.aliases.set(helper, names.fresh(helper));
  }

  /** The local name of a runtime helper; records that guards.ts imports it. */
  helper(name: string): string {
    const alias = this.aliases.get(name);
    if (alias === undefined) throw new Error(`unknown runtime helper ${name}`);
    this.used.add(name);
    return alias;
  }

  pattern(source: string): string {
    const flags = patternFlags(source) === "u" ? `, "u"` : "";
    return this.add("PATTERN", "RegExp", `/*#__PURE__*/ new RegExp(${stringLiteral(source)}${flags})`);
  }

  literalSet(values: Literal[]): string {
    return this.add("VALUES", "ReadonlySet<unknown>", `/*#__PURE__*/ new Set<unknown>([${values.map(literal).join(", ")}])`);
  }

  keySet(keys: string[]): string {
    return this.add("KEYS", "ReadonlySet<string>", `new Set<string>([${keys.map(stringLiteral).join(", ")}])`);
  }

  all(): GuardConstant[] {
    return [...this.byInitializer.values()];
  }

  /** Import declarations of the helpers used, one per runtime module, names sorted. */
  imports(): ImportDeclarationStructure[] {
    return Object.entries(RUNTIME_HELPERS).flatMap(([moduleSpecifier, helpers]): ImportDeclarationStructure[] => {
      const namedImports = helpers
        .filter((h) => this.used.has(h))
        .sort()
        .map((name) => {
          const alias = this.aliases.get(name) as string;
          const isTypeOnly = TYPE_ONLY_HELPERS.has(name);
          return alias === name ? { name, isTypeOnly } : { name, alias, isTypeOnly };
        });
      return namedImports.length === 0 ? [] : [{ kind: StructureKind.ImportDeclaration, moduleSpecifier, namedImports }];
    });
  }

  private add(prefix: string, type: string, initializer: string): string {
    const key = `${type}|${initializer}`;
    const existing = this.byInitializer.get(key);
    if (existing) return existing.name;
    const constant = { name: this.names.fresh(`${prefix}_${this.byInitializer.size}`), type, initializer };
    this.byInitializer.set(key, constant);
    return constant.name;
  }
}
