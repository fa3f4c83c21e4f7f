/**
 * The checks of one scalar schema node (string, number, integer, boolean, null, binary, enum) of
 * a schema table, with the keyword and message of each failure: first the JSON type (or the
 * enum), then, for a value of that type, every constraint it breaks, in a fixed order.
 */
import {
  isByte,
  isDate,
  isDateTime,
  isEmail,
  isHostname,
  isIpv4,
  isIpv6,
  isTime,
  isUri,
  isUuid,
} from "./formats.js";
import { codePointLength, isMultipleOf } from "./schema-checks.js";
import type {
  EnumNode,
  NumberNode,
  ScalarNode,
  StringNode,
} from "./schema-table.js";
import { isUploadable } from "./uploadable.js";

export type ScalarSchemaNode = StringNode | NumberNode | ScalarNode | EnumNode;

export interface Failure {
  readonly keyword: string;
  readonly message: string;
}

/**
 * What `value` breaks of `node`, in report order; undefined when nothing. `orNull`: the node is the
 * non-null side of a nullable schema, so a wrong type says that null is allowed too.
 */
export function scalarFailures(
  node: ScalarSchemaNode,
  value: unknown,
  orNull: boolean,
): Failure[] | undefined {
  const gate = gateFailure(node, value);
  if (gate !== undefined) {
    return [orNull ? { ...gate, message: `${gate.message} or null` } : gate];
  }
  if (node.k === "s") return stringFailures(node, value as string);
  if (node.k === "n" || node.k === "i") {
    return numberFailures(node, value as number);
  }
  return undefined;
}

const BINARY =
  "expected binary data (Blob, ArrayBuffer, typed array or stream)";

/** The JSON type (or enum) check every other check of the node is behind. */
function gateFailure(
  node: ScalarSchemaNode,
  value: unknown,
): Failure | undefined {
  switch (node.k) {
    case "s":
      return typeof value === "string" ? undefined : type("string");
    case "n":
      return typeof value === "number" && Number.isFinite(value)
        ? undefined
        : type("number");
    case "i":
      return typeof value === "number" && Number.isInteger(value)
        ? undefined
        : type("integer");
    case "t":
      return typeof value === "boolean" ? undefined : type("boolean");
    case "z":
      return value === null ? undefined : type("null");
    case "b":
      return isUploadable(value)
        ? undefined
        : { keyword: "type", message: BINARY };
    case "e":
      return unlistedValueNote(node, value) === undefined
        ? enumFailure(node.v, value)
        : undefined;
    case "*":
      return undefined;
  }
}

/**
 * The note for a value an open enum accepts without listing it (a string where it lists strings,
 * a finite number where it lists numbers); undefined for any other value.
 */
export function unlistedValueNote(
  node: EnumNode,
  value: unknown,
): string | undefined {
  if (node.o !== 1 || node.v.indexOf(value as string) !== -1) return undefined;
  const number = typeof value === "number" && Number.isFinite(value);
  if (typeof value !== "string" && !number) return undefined;
  for (let i = 0; i < node.v.length; i++) {
    if (typeof node.v[i] === typeof value) {
      return `${JSON.stringify(value)} is not one of the values the schema lists (accepted: the enum is open)`;
    }
  }
  return undefined;
}

function type(name: string): Failure {
  return { keyword: "type", message: `expected ${name}` };
}

/** Values listed in an enum's message before it just counts them. */
const LISTED_VALUES_MAX = 10;

function enumFailure(
  values: EnumNode["v"],
  value: unknown,
): Failure | undefined {
  if (values.length === 0) {
    return { keyword: "false schema", message: "no value is allowed here" };
  }
  for (let i = 0; i < values.length; i++) {
    if (values[i] === value) return undefined;
  }
  const shown: string[] = [];
  for (let i = 0; i < values.length; i++) {
    shown.push(JSON.stringify(values[i]));
  }
  const message =
    values.length === 1
      ? `must be ${shown[0]}`
      : values.length <= LISTED_VALUES_MAX
        ? `must be one of ${shown.join(", ")}`
        : `must be one of the ${values.length} allowed values`;
  return { keyword: "enum", message };
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

function stringFailures(
  node: StringNode,
  value: string,
): Failure[] | undefined {
  const out: Failure[] = [];
  const { min, max, re, f } = node;
  // Lengths count code points, as JSON Schema does.
  if (min !== undefined && min > 0 && codePointLength(value) < min) {
    out.push({
      keyword: "minLength",
      message: `must have at least ${plural(min, "character")}`,
    });
  }
  if (max !== undefined && codePointLength(value) > max) {
    out.push({
      keyword: "maxLength",
      message: `must have at most ${plural(max, "character")}`,
    });
  }
  if (re !== undefined && !pattern(re).test(value)) {
    out.push({
      keyword: "pattern",
      message: `must match the pattern ${JSON.stringify(re)}`,
    });
  }
  const format = f === undefined ? undefined : formatCheck(f);
  if (format !== undefined && !format(value)) {
    out.push({ keyword: "format", message: `must be a valid ${f}` });
  }
  return out.length === 0 ? undefined : out;
}

function numberFailures(
  node: NumberNode,
  value: number,
): Failure[] | undefined {
  const out: Failure[] = [];
  const { ge, le, gt, lt, mul } = node;
  if (ge !== undefined && !(value >= ge)) {
    out.push({ keyword: "minimum", message: `must be >= ${ge}` });
  }
  if (le !== undefined && !(value <= le)) {
    out.push({ keyword: "maximum", message: `must be <= ${le}` });
  }
  if (gt !== undefined && !(value > gt)) {
    out.push({ keyword: "exclusiveMinimum", message: `must be > ${gt}` });
  }
  if (lt !== undefined && !(value < lt)) {
    out.push({ keyword: "exclusiveMaximum", message: `must be < ${lt}` });
  }
  if (mul !== undefined && !isMultipleOf(value, mul)) {
    out.push({
      keyword: "multipleOf",
      message: `must be a multiple of ${mul}`,
    });
  }
  return out.length === 0 ? undefined : out;
}

/** The formats the runtime checks; any other format is an annotation only. */
function formatCheck(format: string): ((value: string) => boolean) | undefined {
  switch (format) {
    case "date-time":
      return isDateTime;
    case "date":
      return isDate;
    case "time":
      return isTime;
    case "email":
      return isEmail;
    case "hostname":
      return isHostname;
    case "ipv4":
      return isIpv4;
    case "ipv6":
      return isIpv6;
    case "uri":
      return isUri;
    case "uuid":
      return isUuid;
    case "byte":
      return isByte;
    default:
      return undefined;
  }
}

/** Patterns compiled on first use, once each. */
let patterns: Map<string, RegExp> | undefined;

/**
 * A `pattern` or `patternProperties` key, compiled as the generated guards compile it: with the
 * unicode flag, or without it when only that compiles (patterns written for Python's `re`, `\-`).
 */
export function pattern(source: string): RegExp {
  patterns ??= new Map();
  let compiled = patterns.get(source);
  if (compiled === undefined) {
    try {
      compiled = new RegExp(source, "u");
    } catch {
      compiled = new RegExp(source);
    }
    patterns.set(source, compiled);
  }
  return compiled;
}
