/**
 * Values for the differential test of one named type: json-schema-faker samples of the oracle schema
 * (seeded), then mutations of them for as many values as asked — wrong types, nulls, missing
 * and extra keys, boundary lengths and numbers (min-1, min, max, max+1), enum and discriminator
 * neighbours, format edge cases, pattern matches (fast-check), duplicated and dropped array items —
 * applied at a random depth and chained, so most values are near the valid/invalid boundary.
 * Everything is a function of the seed.
 */
import { generateSync, registerFormat } from "json-schema-faker";
import { DECIMAL_MULTIPLE_KEYWORD, UPLOADABLE_KEYWORD, type SchemaNode } from "./exceptions.js";
import { nextAfter, type Pools } from "./pools.js";

/** Mulberry32: small, fast, deterministic. */
export class Rng {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(max: number): number {
    return Math.floor(this.next() * max);
  }
  pick<T>(list: readonly T[]): T {
    return list[this.int(list.length)] as T;
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
}

/** FNV-1a over a string: per-type seeds derived from the run's seed. */
export function hashSeed(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

type Token = string | number;
type Path = Token[];

const UPLOADABLE_SENTINEL = "\u0000camelgen-uploadable\u0000";
let formatRegistered = false;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  if (key === "__proto__") Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  else target[key] = value;
}

function copyObject(source: Record<string, unknown>, except?: string): Record<string, unknown> {
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(source)) if (key !== except) setOwn(copy, key, source[key]);
  return copy;
}

const DELETE = Symbol("delete");

/** A copy of `root` with the node at `path` replaced (or deleted); only the nodes along the path are copied. */
function setAt(root: unknown, path: Path, value: unknown, at = 0): unknown {
  if (at === path.length) return value;
  const token = path[at] as Token;
  if (Array.isArray(root)) {
    const copy = root.slice();
    const index = token as number;
    if (at === path.length - 1 && value === DELETE) copy.splice(index, 1);
    else copy[index] = setAt(root[index], path, value, at + 1);
    return copy;
  }
  if (isPlainObject(root)) {
    const key = token as string;
    if (at === path.length - 1 && value === DELETE) return copyObject(root, key);
    const copy = copyObject(root);
    setOwn(copy, key, setAt(root[key], path, value, at + 1));
    return copy;
  }
  return root;
}

function getAt(root: unknown, path: Path): unknown {
  let node = root;
  for (const token of path) node = (node as Record<string | number, unknown>)[token];
  return node;
}

function pointerOf(path: Path): string {
  return path.map((t) => `/${String(t).replace(/~/g, "~0").replace(/\//g, "~1")}`).join("");
}

/** A random node of a JSON value: a descent that stops at each level with some probability. */
function randomPath(value: unknown, rng: Rng): Path {
  const path: Path = [];
  let node = value;
  for (;;) {
    const children = Array.isArray(node) ? node.length : isPlainObject(node) ? Object.keys(node).length : 0;
    if (children === 0 || path.length > 14 || rng.chance(0.3)) return path;
    if (Array.isArray(node)) {
      const index = rng.int(node.length);
      path.push(index);
      node = node[index];
    } else {
      const keys = Object.keys(node as Record<string, unknown>);
      const key = keys[rng.int(keys.length)] as string;
      path.push(key);
      node = (node as Record<string, unknown>)[key];
    }
  }
}

function codePointString(length: number, unit: string): string {
  return length <= 0 ? "" : unit.repeat(length);
}

const WRONG_TYPES: unknown[] = [null, true, false, 0, 1, -1, 0.5, -2.5, 1e21, "", "x", "0", "true", "null", [], [null], [1, "a"], {}, { a: 1 }, { "": null }];
const CHAR_UNITS = ["a", "Z", "😀", "é", "0", " ", "-", "\ud800", "\u{10ffff}"];

function uploadables(): unknown[] {
  return [new Uint8Array([1, 2, 3]), new Blob(["bytes"]), new ArrayBuffer(4), new DataView(new ArrayBuffer(2))];
}

export interface TypeValuesInput {
  seed: number;
  fakerSchema: SchemaNode;
  pools: Pools;
  fakerSamples: number;
  /** Add Blob/ArrayBuffer values (the type has `format: binary` nodes). */
  binary: boolean;
}

interface Base {
  value: unknown;
  /** JSON pointer in the value -> the schema node json-schema-faker generated it from. */
  nodes: Map<string, SchemaNode>;
}

/** The faker's view of the adjusted oracle: custom keywords turned back into ones it generates. */
function fakerView(schema: unknown, cache: WeakMap<object, unknown>): unknown {
  if (Array.isArray(schema)) return schema.map((s) => fakerView(s, cache));
  if (typeof schema !== "object" || schema === null) return schema;
  const cached = cache.get(schema);
  if (cached !== undefined) return cached;
  const node = schema as SchemaNode;
  if (node[UPLOADABLE_KEYWORD] === true) return { type: "string", format: "x-camelgen-uploadable" };
  // The faker ignores a `$ref`'s siblings (2020-12 applies both): give it the equivalent allOf.
  if (typeof node["$ref"] === "string" && Object.keys(node).some((k) => k !== "$ref" && k !== "$defs")) {
    const rest: SchemaNode = { ...node };
    delete rest["$ref"];
    delete rest["$defs"];
    const split = fakerView({ allOf: [{ $ref: node["$ref"] }, rest], ...("$defs" in node ? { $defs: node["$defs"] } : {}) }, cache);
    cache.set(schema, split);
    return split;
  }
  const copy: SchemaNode = {};
  cache.set(schema, copy);
  for (const key of Object.keys(node)) {
    const target = key === DECIMAL_MULTIPLE_KEYWORD ? "multipleOf" : key;
    const value = key === "enum" || key === "const" || key === "default" || key === "example" ? node[key] : fakerView(node[key], cache);
    Object.defineProperty(copy, target, { value, enumerable: true, writable: true, configurable: true });
  }
  return copy;
}

const viewCache = new WeakMap<object, unknown>();

function replaceSentinels(value: unknown, rng: Rng): unknown {
  if (value === UPLOADABLE_SENTINEL) return rng.pick(uploadables());
  if (Array.isArray(value)) return value.map((v) => replaceSentinels(v, rng));
  if (isPlainObject(value)) {
    const copy: Record<string, unknown> = {};
    for (const key of Object.keys(value)) setOwn(copy, key, replaceSentinels(value[key], rng));
    return copy;
  }
  return value;
}

function fakerSamples(input: TypeValuesInput, rng: Rng): Base[] {
  if (!formatRegistered) {
    registerFormat("x-camelgen-uploadable", () => UPLOADABLE_SENTINEL);
    formatRegistered = true;
  }
  const schema = fakerView(input.fakerSchema, viewCache) as SchemaNode;
  const bases: Base[] = [];
  for (let i = 0; i < input.fakerSamples; i++) {
    const nodes = new Map<string, SchemaNode>();
    try {
      const value = generateSync(schema as never, {
        seed: (input.seed + i * 7919) >>> 0,
        optionalsProbability: [0.5, 1, 0, 0.8][i % 4] as number,
        alwaysFakeOptionals: i % 4 === 1,
        maxDefaultItems: 3,
        refDepthMax: 3,
        maxDepth: 6,
        outputTransform: (v, s, path) => {
          if (typeof s === "object" && s !== null) nodes.set(path === "/" ? "" : path, s as SchemaNode);
          return v;
        },
      });
      bases.push({ value: replaceSentinels(value, rng), nodes });
    } catch {
      // The faker cannot satisfy some schemas (e.g. `not`, `items: false`); mutations and pools cover them.
    }
  }
  return bases;
}

interface Mutator {
  rng: Rng;
  pools: Pools;
  binary: boolean;
}

function numberMutation(m: Mutator, current: number, node: SchemaNode | undefined): number {
  const n = anyNumberMutation(m, current, node);
  return Number.isFinite(n) ? n : 0;
}

function anyNumberMutation(m: Mutator, current: number, node: SchemaNode | undefined): number {
  const { rng } = m;
  const bounds = ["minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"].map((k) => node?.[k]).filter((v): v is number => typeof v === "number");
  const step = typeof node?.["multipleOf"] === "number" ? node["multipleOf"] : undefined;
  switch (rng.int(6)) {
    case 0:
      if (bounds.length > 0) {
        const b = rng.pick(bounds);
        return rng.pick([b, b - 1, b + 1, nextAfter(b, Infinity), nextAfter(b, -Infinity), Number((b + 0.5).toFixed(6)), Number((b - 0.5).toFixed(6))]);
      }
      return rng.pick(m.pools.numbers);
    case 1:
      if (step !== undefined) {
        const digits = (String(step).split(".")[1] ?? "").length;
        const k = rng.int(2001) - 1000;
        return rng.pick([Number((k * step).toFixed(digits)), Number(((k + 0.5) * step).toFixed(digits + 1)), k * step, Number((k * step).toFixed(digits)) + 1e-9]);
      }
      return current + 0.5;
    case 2:
      return rng.pick([current + 1, current - 1, current + 0.5, -current, current * 10, Math.round(current), Number((current + 0.1).toFixed(10))]);
    case 3:
      return rng.pick([0, -0, 1e-12, 2 ** 31, 2 ** 53, 1e300, -1e300, 5e-324]);
    default:
      return rng.pick(m.pools.numbers);
  }
}

function stringMutation(m: Mutator, current: string, node: SchemaNode | undefined): string {
  const { rng, pools } = m;
  const minLength = typeof node?.["minLength"] === "number" ? node["minLength"] : undefined;
  const maxLength = typeof node?.["maxLength"] === "number" ? node["maxLength"] : undefined;
  const pattern = typeof node?.["pattern"] === "string" ? node["pattern"] : undefined;
  const format = typeof node?.["format"] === "string" ? node["format"] : undefined;
  switch (rng.int(8)) {
    case 0: {
      const lengths = [minLength, maxLength].filter((v): v is number => v !== undefined).flatMap((l) => [l - 1, l, l + 1]);
      const length = lengths.length > 0 ? rng.pick(lengths) : rng.pick([0, 1, 2, 3, 5, 255, 256]);
      const unit = rng.pick(CHAR_UNITS);
      // Mostly keep the current text's shape (it may match a pattern), padded or cut to length.
      const chars = [...current];
      if (rng.chance(0.5) && chars.length > 0) {
        while (chars.length < length) chars.push(rng.chance(0.5) ? unit : (chars[chars.length - 1] as string));
        return chars.slice(0, Math.max(0, length)).join("");
      }
      return codePointString(length, unit);
    }
    case 1: {
      const chars = [...current];
      const unit = rng.pick(CHAR_UNITS);
      switch (rng.int(5)) {
        case 0:
          return current + unit;
        case 1:
          return chars.slice(0, -1).join("");
        case 2:
          return current.toUpperCase() === current ? current.toLowerCase() : current.toUpperCase();
        case 3:
          return unit + current;
        default: {
          if (chars.length === 0) return unit;
          chars[rng.int(chars.length)] = unit;
          return chars.join("");
        }
      }
    }
    case 2: {
      const list = (format !== undefined ? pools.formats.get(format) : undefined) ?? rng.pick([...pools.formats.values()]);
      return rng.pick(list);
    }
    case 3: {
      const matching = pattern !== undefined ? pools.patterns.get(pattern) : undefined;
      if (matching !== undefined && matching.length > 0) {
        const s = rng.pick(matching);
        return rng.chance(0.7) ? s : s + rng.pick(CHAR_UNITS);
      }
      return rng.pick(pools.strings);
    }
    case 4: {
      const values = Array.isArray(node?.["enum"]) ? (node["enum"] as unknown[]).filter((v): v is string => typeof v === "string") : [];
      if (values.length > 0) {
        const v = rng.pick(values);
        return rng.pick([v, v.toUpperCase(), v.toLowerCase(), `${v} `, v.slice(1), `${v}x`]);
      }
      return rng.pick(pools.strings);
    }
    default:
      return rng.pick(pools.strings);
  }
}

function arrayMutation(m: Mutator, current: unknown[], node: SchemaNode | undefined): unknown[] {
  const { rng } = m;
  const minItems = typeof node?.["minItems"] === "number" ? node["minItems"] : undefined;
  const maxItems = typeof node?.["maxItems"] === "number" ? node["maxItems"] : undefined;
  switch (rng.int(6)) {
    case 0:
      return [];
    case 1: {
      if (current.length === 0) return [rng.pick(m.pools.json)];
      const copy = current.slice();
      copy.push(copy[rng.int(copy.length)]);
      return copy;
    }
    case 2: {
      // A deep-equal duplicate whose object keys come in another order.
      if (current.length === 0) return [[], []];
      const item = current[rng.int(current.length)];
      const reordered = isPlainObject(item) ? Object.fromEntries(Object.entries(item).reverse()) : item;
      return [...current, reordered];
    }
    case 3: {
      const targets = [minItems, maxItems].filter((v): v is number => v !== undefined).flatMap((l) => [l - 1, l, l + 1]);
      const length = Math.max(0, targets.length > 0 ? rng.pick(targets) : rng.int(5));
      const copy = current.slice(0, length);
      while (copy.length < length) copy.push(current.length > 0 && rng.chance(0.7) ? rng.pick(current) : rng.pick(m.pools.json));
      return copy;
    }
    case 4:
      return [...current, rng.pick(WRONG_TYPES)];
    default:
      return current.slice().reverse();
  }
}

function objectMutation(m: Mutator, current: Record<string, unknown>, node: SchemaNode | undefined): unknown {
  const { rng, pools } = m;
  const keys = Object.keys(current);
  const required = Array.isArray(node?.["required"]) ? (node["required"] as unknown[]).filter((k): k is string => typeof k === "string") : [];
  switch (rng.int(6)) {
    case 0: {
      const present = required.filter((k) => keys.includes(k));
      const victim = present.length > 0 && rng.chance(0.7) ? rng.pick(present) : keys.length > 0 ? rng.pick(keys) : undefined;
      return victim === undefined ? { a: 1 } : copyObject(current, victim);
    }
    case 1:
    case 2: {
      const copy = copyObject(current);
      const count = 1 + rng.int(rng.chance(0.2) ? 5 : 1);
      for (let i = 0; i < count; i++) {
        const key = rng.pick(pools.keys);
        const value = rng.chance(0.4) && keys.length > 0 ? current[rng.pick(keys)] : rng.chance(0.5) ? rng.pick(pools.json) : rng.chance(0.5) ? rng.pick(pools.strings) : rng.pick(pools.numbers);
        setOwn(copy, key, value);
      }
      return copy;
    }
    case 3:
      return rng.chance(0.5) ? {} : Object.fromEntries(Object.entries(current).filter(([k]) => required.includes(k)));
    case 4: {
      // Discriminator-like neighbours: a string property set to another known string.
      const stringKeys = keys.filter((k) => typeof current[k] === "string");
      if (stringKeys.length === 0) return copyObject(current);
      const copy = copyObject(current);
      setOwn(copy, rng.pick(stringKeys), rng.pick(pools.strings));
      return copy;
    }
    default: {
      const copy: Record<string, unknown> = {};
      for (const key of keys.slice().reverse()) setOwn(copy, key, current[key]);
      return copy;
    }
  }
}

/** One mutation of `value` at a random node. */
function mutate(m: Mutator, base: Base, value: unknown): unknown {
  const { rng } = m;
  const path = randomPath(value, rng);
  const current = getAt(value, path);
  const node = base.nodes.get(pointerOf(path));
  const roll = rng.next();
  let replacement: unknown;
  if (roll < 0.12) replacement = rng.pick(WRONG_TYPES);
  else if (roll < 0.17) replacement = null;
  else if (roll < 0.24 && path.length > 0) replacement = DELETE;
  else if (roll < 0.27) replacement = rng.pick(m.pools.json);
  else if (roll < 0.29 && m.binary) replacement = rng.pick(uploadables());
  else if (typeof current === "number") replacement = numberMutation(m, current, node);
  else if (typeof current === "string") replacement = stringMutation(m, current, node);
  else if (typeof current === "boolean") replacement = rng.pick([!current, 0, 1, "true", null]);
  else if (Array.isArray(current)) replacement = arrayMutation(m, current, node);
  else if (isPlainObject(current)) replacement = objectMutation(m, current, node);
  else replacement = rng.pick(WRONG_TYPES);
  if (replacement === DELETE && path.length === 0) return value;
  return setAt(value, path, replacement);
}

/**
 * The values one named type is tested with: faker samples, fixed specials and pool values first, then
 * mutations. The caller reports each value's verdict back (`feedback`): valid values become bases
 * too, so schemas the faker cannot satisfy (overlapping `oneOf`, `$ref` with siblings, unicode
 * patterns) still get many values on both sides of the boundary once one valid value is found.
 */
export class ValueSource {
  private readonly rng: Rng;
  private readonly initial: unknown[];
  private readonly bases: Base[];
  private readonly valid: Base[] = [];
  private readonly recent: Base[] = [];
  private readonly mutator: Mutator;
  private produced = 0;
  private lastBase: Base | undefined;
  readonly fakerCount: number;

  constructor(input: TypeValuesInput) {
    this.rng = new Rng(input.seed);
    this.bases = fakerSamples(input, this.rng);
    this.fakerCount = this.bases.length;
    const rng = this.rng;
    this.initial = this.bases.map((b) => b.value);
    this.initial.push(...WRONG_TYPES);
    if (input.binary) this.initial.push(...uploadables());
    for (let i = 0; i < 60; i++) this.initial.push(rng.pick(input.pools.json));
    for (let i = 0; i < 20; i++) this.initial.push(rng.pick(input.pools.strings), rng.pick(input.pools.numbers));
    // Without a faker sample, the pool values are the bases.
    if (this.bases.length === 0) for (const v of this.initial) this.bases.push({ value: v, nodes: new Map() });
    this.mutator = { rng, pools: input.pools, binary: input.binary };
  }

  next(): unknown {
    if (this.produced < this.initial.length) {
      this.lastBase = undefined;
      return this.initial[this.produced++];
    }
    this.produced++;
    const { rng } = this;
    const roll = rng.next();
    const base =
      this.valid.length > 0 && roll < 0.3 ? rng.pick(this.valid) : this.recent.length > 0 && roll < 0.4 ? rng.pick(this.recent) : rng.pick(this.bases);
    let value = base.value;
    const steps = rng.chance(0.7) ? 1 : rng.chance(0.66) ? 2 : 3;
    for (let s = 0; s < steps; s++) value = mutate(this.mutator, base, value);
    this.lastBase = base;
    return value;
  }

  /** The verdict on the value `next()` returned last. */
  feedback(value: unknown, valid: boolean): void {
    const { rng } = this;
    // Keep the faker's node map of the base: the paths that survived the mutation still match it.
    const base: Base = { value, nodes: this.lastBase?.nodes ?? new Map() };
    const keep = (list: Base[], p: number) => {
      if (!rng.chance(p)) return;
      if (list.length >= 64) list[rng.int(64)] = base;
      else list.push(base);
    };
    if (valid) keep(this.valid, this.valid.length < 16 ? 1 : 0.05);
    else keep(this.recent, 0.03);
  }
}

/** JSON for messages; non-JSON values (Blob, typed arrays) are named. */
export function describeValue(value: unknown): string {
  const text = JSON.stringify(value, (_key, v: unknown) => {
    if (typeof v === "object" && v !== null && !Array.isArray(v) && !isPlainObject(v)) return `<${v.constructor.name}>`;
    return v;
  });
  return text === undefined ? String(value) : text.length > 600 ? `${text.slice(0, 600)}…` : text;
}
