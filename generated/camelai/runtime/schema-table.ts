/**
 * The schema table of a generated client (its `schemas.ts`): the JSON Schema of every named type
 * as plain data, which schema-interpreter.ts reads to explain why a value does not match. Data
 * only: objects, arrays, strings, numbers, booleans. A sub-schema that occurs more than once is
 * stored once in `n` and referred to by its index; one that occurs once sits in its parent.
 */
export interface SchemaTable {
  /** Every named type's schema, by type name. */
  readonly t: Readonly<Record<string, SchemaRef>>;
  /** Sub-schemas that occur more than once. */
  readonly n: readonly SchemaNode[];
}

/**
 * Where a schema is: its index in `SchemaTable.n`, the name of a named type (a `$ref`), or the
 * node itself.
 */
export type SchemaRef = number | string | SchemaNode;

export type SchemaNode =
  | StringNode
  | NumberNode
  | ScalarNode
  | EnumNode
  | ArrayNode
  | ObjectNode
  | UnionNode
  | CombinatorNode
  | UnevaluatedNode;

/** `type: string`: min/max length in code points, a `u`-flag pattern, a format the runtime checks. */
export interface StringNode {
  readonly k: "s";
  readonly min?: number;
  readonly max?: number;
  readonly re?: string;
  readonly f?: string;
}

/** `n` number (finite), `i` integer; bounds: ge minimum, le maximum, gt/lt exclusive ones. */
export interface NumberNode {
  readonly k: "n" | "i";
  readonly ge?: number;
  readonly le?: number;
  readonly gt?: number;
  readonly lt?: number;
  readonly mul?: number;
}

/** `b` binary data (Uploadable), `t` boolean, `z` null, `*` any value. */
export interface ScalarNode {
  readonly k: "b" | "t" | "z" | "*";
}

/**
 * `enum` (and `const`); no values is the schema `false`. `o`: open (config `openEnums`, response
 * types only): another string (number) than those listed is accepted, with a note.
 */
export interface EnumNode {
  readonly k: "e";
  readonly v: readonly (string | number | boolean | null)[];
  readonly o?: 1;
}

/**
 * `i`: the items after the `pi` prefix (`prefixItems`); absent, any items; false, none.
 * `u`: uniqueItems. `c`: contains, with `cmin` (minContains, absent 1) and `cmax` (maxContains).
 */
export interface ArrayNode {
  readonly k: "a";
  readonly i?: SchemaRef | false;
  readonly pi?: readonly SchemaRef[];
  readonly min?: number;
  readonly max?: number;
  readonly u?: true;
  readonly c?: SchemaRef;
  readonly cmin?: number;
  readonly cmax?: number;
}

/** A property: its name, its schema, and 1 when it is required. */
export type PropertyEntry = readonly [
  name: string,
  schema: SchemaRef,
  required?: 1,
];

/**
 * `a`: keys no property names and no `pp` pattern matches; absent, any such key with any value;
 * false, none. `min`/`max`: minProperties/maxProperties. `n`: propertyNames.
 */
export interface ObjectNode {
  readonly k: "o";
  readonly p?: readonly PropertyEntry[];
  readonly a?: SchemaRef | false;
  readonly pp?: readonly (readonly [pattern: string, schema: SchemaRef])[];
  readonly min?: number;
  readonly max?: number;
  readonly n?: SchemaRef;
}

/**
 * `|` anyOf, `^` oneOf. `m`: the JSON types each variant can accept (bits: 1 null, 2 boolean,
 * 4 number, 8 string, 16 array, 32 object), to choose the variant that explains a failure.
 * `d`: the discriminator property; `c`: its values, each with the variant it names.
 */
export interface UnionNode {
  readonly k: "|" | "^";
  readonly v: readonly SchemaRef[];
  readonly m: readonly number[];
  readonly d?: string;
  readonly c?: readonly (readonly [tag: string, variant: number])[];
}

/** `&` allOf of `v`; `!` not `s`; `?` `s` or null (OpenAPI's nullable). */
export type CombinatorNode =
  | { readonly k: "&"; readonly v: readonly SchemaRef[] }
  | { readonly k: "!" | "?"; readonly s: SchemaRef };

/**
 * `up` unevaluatedProperties, `ui` unevaluatedItems: the keys (items) that `e` does not evaluate
 * must match `s`; false, there may be none.
 */
export interface UnevaluatedNode {
  readonly k: "up" | "ui";
  readonly s: SchemaRef | false;
  readonly e: EvaluatedNode;
}

/**
 * What the applicators beside an unevaluated keyword evaluate in a value that matches them: `p`
 * the named keys, `pp` keys matching a pattern, `pi` the first items, `c` items matching a
 * contains schema, `all` every key or item; `b` what each branch evaluates when the value
 * matches its condition (an anyOf/oneOf variant, `if`, a dependentSchemas key).
 */
export interface EvaluatedNode {
  readonly p?: readonly string[];
  readonly pp?: readonly string[];
  readonly pi?: number;
  readonly c?: readonly SchemaRef[];
  readonly all?: 1;
  readonly b?: readonly (readonly [when: SchemaRef, then: EvaluatedNode])[];
}
