/**
 * Where camelgen deliberately differs from the plain JSON Schema reading of a document, and how the
 * differential test's oracle is adjusted to say exactly that.
 *
 * Each rule matches raw schema nodes of the document (before conversion), records the node's JSON
 * pointer, and rewrites the node of the *adjusted* oracle. The test then asserts:
 *  - the generated guard agrees with the adjusted oracle on every value (so the guard differs from
 *    the strict oracle only where a rule rewrote a node, and only in the way the rule says);
 *  - the nodes the rules rewrite are exactly the ones listed in EXPECTED_HITS (the table stays small
 *    and deliberate: a new schema the rules would silently excuse shows up as a failure);
 *  - every rule changes at least one verdict (strict vs adjusted oracle) somewhere in the run (no stale entries).
 *
 * Anything else the guard and ajv disagree on is a bug on one side, not an exception.
 */

export type OasVersion = "3.0" | "3.1";
export type SchemaNode = Record<string, unknown>;

export interface ExceptionRule {
  id: string;
  reason: string;
  versions: readonly OasVersion[];
  /** Tested on the raw OpenAPI schema node. */
  matches: (raw: SchemaNode, version: OasVersion) => boolean;
  /** Rewrites the oracle node (already prepared: children converted, 3.0 `$ref` siblings dropped). */
  adjust: (prepared: SchemaNode, raw: SchemaNode, version: OasVersion) => SchemaNode;
}

/** Custom ajv keyword: the value is something `Uploadable` describes (templates/uploadable.ts). */
export const UPLOADABLE_KEYWORD = "x-oracle-uploadable";
/** Custom ajv keyword: multipleOf decided on the numbers' decimal values. */
export const DECIMAL_MULTIPLE_KEYWORD = "x-oracle-decimal-multiple-of";

/** The type camelgen infers for a schema without `type` from its object/array keywords (src/model/schema.ts). */
function impliedType(raw: SchemaNode, version: OasVersion): "object" | "array" | undefined {
  if ("type" in raw || "enum" in raw || "const" in raw) return undefined;
  if (version === "3.0" && "$ref" in raw) return undefined;
  if ("properties" in raw || "additionalProperties" in raw || "patternProperties" in raw) return "object";
  if (Array.isArray(raw["required"]) && raw["required"].length > 0) return "object";
  if ("items" in raw || "prefixItems" in raw) return "array";
  return undefined;
}

export const EXCEPTIONS: readonly ExceptionRule[] = [
  {
    id: "implied-object-or-array-type",
    reason:
      "A schema without `type` but with `properties`/`additionalProperties`/`required` (or `items`) constrains only " +
      "objects (arrays) in JSON Schema and lets every other value through. camelgen types it as an object (array) " +
      "type, so its guard, whose predicate is `value is X`, must reject non-objects to keep the type honest. The " +
      "adjusted oracle adds the implied `type`.",
    versions: ["3.0", "3.1"],
    matches: (raw, version) => impliedType(raw, version) !== undefined,
    adjust: (prepared, raw, version) => ({ ...prepared, type: impliedType(raw, version) }),
  },
  {
    id: "nullable-without-type",
    reason:
      "OpenAPI 3.0.3 says `nullable: true` only widens an explicit `type`, so the converter drops it beside " +
      "`$ref`/`allOf`/`oneOf`/`anyOf`/`enum` without `type`. camelgen reads it as `X | null`, the way users, " +
      "drf-spectacular and openapi-typescript mean it (`allOf: [$ref], nullable: true` is the usual way to " +
      "write a nullable reference in 3.0). The adjusted oracle is `anyOf: [X, {type: null}]`.",
    versions: ["3.0"],
    matches: (raw) => raw["nullable"] === true && !("type" in raw),
    adjust: (prepared) => {
      const inner = { ...prepared };
      delete inner["nullable"];
      return { anyOf: [inner, { type: "null" }] };
    },
  },
  {
    id: "null-in-type-list",
    reason:
      "In 3.1, `type: [X, \"null\"]` beside `$ref`, `allOf`/`oneOf`/`anyOf` or `enum`/`const` says the value may be " +
      "null, but JSON Schema still requires the null to pass those keywords too (`allOf: [$ref: Base]` with an " +
      "object `Base`, an `enum` without null), so it never does. camelgen reads it as the author means it, " +
      "`X | null`, as it reads 3.0's `nullable`. The adjusted oracle is `anyOf: [X without the null, {type: null}]`.",
    versions: ["3.1"],
    matches: (raw) =>
      Array.isArray(raw["type"]) &&
      raw["type"].includes("null") &&
      ["$ref", "allOf", "oneOf", "anyOf", "enum", "const"].some((keyword) => keyword in raw),
    adjust: (prepared) => {
      const types = (prepared["type"] as unknown[]).filter((type) => type !== "null");
      const inner: SchemaNode = { ...prepared, type: types };
      if (types.length === 0) delete inner["type"];
      return { anyOf: [inner, { type: "null" }] };
    },
  },
  {
    id: "binary-is-uploadable",
    reason:
      "`type: string, format: binary` as a whole body or a form part marks raw bytes (file parts, octet-stream " +
      "bodies), which never travel as a JSON string: camelgen types them as `Uploadable` (Blob, ArrayBuffer, typed " +
      "arrays, streams) and the guard checks for one (inside JSON it is a plain string, as JSON Schema reads it). " +
      "The adjusted oracle replaces the node with a keyword that accepts exactly those.",
    versions: ["3.0", "3.1"],
    matches: (raw) => raw["format"] === "binary" && (raw["type"] === "string" || raw["type"] === undefined),
    adjust: () => ({ [UPLOADABLE_KEYWORD]: true }),
  },
  {
    id: "decimal-multiple-of",
    reason:
      "JSON Schema defines multipleOf on the numbers the JSON text denotes: 0.3 is a multiple of 0.1. ajv divides " +
      "binary doubles (0.3 / 0.1 = 2.9999999999999996, rejected) and tests the quotient with parseInt, which also " +
      "misjudges large numbers (7e300 is a multiple of 7; parseInt(1e300) is 1). camelgen's guard decides in decimal " +
      "(the issue asks for a floating-point safe multipleOf). The adjusted oracle checks divisibility exactly, in " +
      "BigInt arithmetic on the shortest decimal form of both numbers (what JSON.stringify writes).",
    versions: ["3.0", "3.1"],
    matches: (raw) => typeof raw["multipleOf"] === "number",
    adjust: (prepared) => {
      const copy: SchemaNode = { ...prepared, [DECIMAL_MULTIPLE_KEYWORD]: prepared["multipleOf"] };
      delete copy["multipleOf"];
      return copy;
    },
  },
];

/**
 * Fixture -> rule -> JSON pointers of the raw schema nodes the rule rewrites. Pointers of nodes reached
 * through an operation are written as camelgen reports them (`#/paths/~1uploads/post/...`).
 */
export const EXPECTED_HITS: Record<string, Record<string, readonly string[]>> = {
  camelai: {},
  bodies: {
    "binary-is-uploadable": [
      "#/components/schemas/ScanRequest/properties/scan",
      "#/paths/~1blobs~1{id}/put/requestBody/content/application~1octet-stream/schema",
      "#/paths/~1uploads/post/requestBody/content/multipart~1form-data/schema/properties/file",
    ],
  },
  escaping: {},
  pagination: {},
  parameters: {},
  recursive: {},
  "wide-objects": {},
  "split-refs": {},
  "json-schema-keywords": {
    "implied-object-or-array-type": [
      "#/components/schemas/RequiredOnly/allOf/1",
      "#/components/schemas/UntypedArray",
      "#/components/schemas/UntypedObject",
    ],
    "nullable-without-type": [
      "#/components/schemas/NullableRef/properties/base",
      "#/components/schemas/Tree/properties/parent",
      "#/components/schemas/UntypedNullableEnum",
    ],
    "decimal-multiple-of": [
      "#/components/schemas/Cents",
      "#/components/schemas/ExactlyOne/oneOf/0",
      "#/components/schemas/ExactlyOne/oneOf/1",
      "#/components/schemas/QuarterSteps",
      "#/components/schemas/Sevens",
      "#/components/schemas/Tenths",
    ],
  },
  "json-schema-31": {
    "implied-object-or-array-type": [
      "#/components/schemas/RefWithProperties",
      "#/components/schemas/UntypedHeaders",
      "#/components/schemas/WithDefs/properties/ifThen/if",
      "#/components/schemas/WithDefs/properties/ifThen/then",
      "#/components/schemas/WithDefs/properties/notSecret/not",
    ],
    "null-in-type-list": ["#/components/schemas/WithDefs/properties/nullableBase", "#/components/schemas/WithDefs/properties/nullableEnum"],
    "decimal-multiple-of": ["#/components/schemas/Percent"],
  },
};

/** The JSON number as the decimal `digits × 10^exponent`, read from its shortest round-trip text. */
function decimal(n: number): { digits: bigint; exponent: number } {
  const match = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(String(n));
  if (!match) throw new Error(`not a finite number: ${n}`);
  const [, sign = "", whole = "0", fraction = "", exp = "0"] = match;
  return { digits: BigInt(`${sign}${whole}${fraction}`), exponent: Number(exp) - fraction.length };
}

/** Whether value / divisor is an integer, in exact decimal arithmetic. */
export function isDecimalMultiple(value: number, divisor: number): boolean {
  if (!Number.isFinite(value) || !Number.isFinite(divisor) || divisor <= 0) return false;
  const a = decimal(value);
  const b = decimal(divisor);
  const e = Math.min(a.exponent, b.exponent);
  const scaledA = a.digits * 10n ** BigInt(a.exponent - e);
  const scaledB = b.digits * 10n ** BigInt(b.exponent - e);
  return scaledA % scaledB === 0n;
}

/** What `Uploadable` describes: Blob, ArrayBuffer, ArrayBufferView, ReadableStream, AsyncIterable. */
export function isUploadableValue(value: unknown): boolean {
  if (typeof value !== "object" || value === null) return false;
  if (value instanceof Blob || value instanceof ArrayBuffer || ArrayBuffer.isView(value)) return true;
  if (value instanceof ReadableStream) return true;
  return Symbol.asyncIterator in value;
}
