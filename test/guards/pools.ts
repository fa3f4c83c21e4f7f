/**
 * Fixture-wide pools of interesting leaf values for the mutations: every string, number and key the
 * document mentions (enum values, discriminator values, bounds, property names), their neighbours,
 * and valid and invalid samples of each checked string format (hand-written edge cases plus
 * fast-check arbitraries). Built once per fixture from a seed.
 */
import fc from "fast-check";
import type { SchemaNode } from "./exceptions.js";

export interface Pools {
  strings: string[];
  numbers: number[];
  keys: string[];
  /** Format name -> valid and invalid candidate strings. */
  formats: Map<string, string[]>;
  /** Arbitrary JSON values (fast-check `jsonValue`). */
  json: unknown[];
  /** Pattern source -> strings matching it (fast-check `stringMatching`). */
  patterns: Map<string, string[]>;
}

const FORMAT_EDGES: Record<string, string[]> = {
  "date-time": [
    "2024-05-01T12:00:00Z",
    "2024-05-01T12:00:00.123456Z",
    "2024-05-01T12:00:00+05:30",
    "2024-05-01T12:00:00-00:00",
    "2024-02-29T00:00:00Z",
    "2023-02-29T00:00:00Z",
    "2024-04-31T00:00:00Z",
    "2024-05-01t12:00:00z",
    "2024-05-01 12:00:00Z",
    "2024-05-01T12:00:00",
    "2024-05-01T24:00:00Z",
    "2024-05-01T12:60:00Z",
    "2016-12-31T23:59:60Z",
    "2024-05-01T23:59:60Z",
    "2024-05-01T12:00:00+0530",
    "2024-05-01T12:00Z",
    "2024-05-01",
    "0000-01-01T00:00:00Z",
    "2024-05-01T12:00:00.Z",
  ],
  date: ["2024-05-01", "2024-02-29", "2023-02-29", "2024-13-01", "2024-00-10", "2024-04-31", "2024-5-1", "20240501", "2024-05-01T00:00:00Z", "0000-01-01", "2024-05-01 "],
  time: ["12:00:00Z", "12:00:00", "12:00:00.5+01:00", "23:59:60Z", "23:59:60+01:00", "24:00:00Z", "12:60:00Z", "12:00:60Z", "12:00Z", "1:00:00Z", "12:00:00+1:00", "12:00:00z", "12:00:00+01"],
  email: ["user@example.com", "a@b.co", "first.last+tag@sub.example.org", "a@b", "a b@c.de", ".a@b.co", "a.@b.co", "a..b@c.de", "ü@example.com", "user@exa_mple.com", "user@-example.com", "@example.com", "user@", "\"quoted\"@example.com", "user@[192.0.2.1]"],
  uri: [
    "https://example.com/a?b=c#d",
    "http://[::1]:8080/",
    "mailto:user@example.com",
    "urn:isbn:0451450523",
    "file:///etc/hosts",
    "x:",
    "/relative/path",
    "relative",
    "//example.com/",
    "http://exa mple.com",
    "ht tp://example.com",
    "https://example.com/%zz",
    "https://ex ample.com",
    "https://example.com/ü",
    "HTTPS://EXAMPLE.COM",
    "1http://example.com",
  ],
  uuid: [
    "3f1c2b6e-8d4a-4c5e-9b7f-0a1b2c3d4e5f",
    "3F1C2B6E-8D4A-4C5E-9B7F-0A1B2C3D4E5F",
    "00000000-0000-0000-0000-000000000000",
    "urn:uuid:3f1c2b6e-8d4a-4c5e-9b7f-0a1b2c3d4e5f",
    "{3f1c2b6e-8d4a-4c5e-9b7f-0a1b2c3d4e5f}",
    "3f1c2b6e8d4a4c5e9b7f0a1b2c3d4e5f",
    "3f1c2b6e-8d4a-4c5e-9b7f-0a1b2c3d4e5",
    "3f1c2b6e-8d4a-4c5e-9b7f-0a1b2c3d4e5g",
  ],
  ipv4: ["192.0.2.1", "0.0.0.0", "255.255.255.255", "256.0.0.1", "01.2.3.4", "1.2.3", "1.2.3.4.5", "1.2.3.4 ", "١.٢.٣.٤"],
  ipv6: ["::1", "::", "2001:db8::1", "::ffff:192.0.2.1", "1:2:3:4:5:6:7:8", "1:2:3:4:5:6:7:8:9", "2001:db8:::1", "fe80::1%eth0", "2001:DB8::1", "12345::1", "::ffff:256.0.0.1", "1::2::3"],
  hostname: [
    "example.com",
    "a",
    "example.com.",
    "xn--bcher-kva.example",
    "1.2.3.4",
    "-a.com",
    "a-.com",
    "ex_ample.com",
    `${"x".repeat(63)}.com`,
    `${"x".repeat(64)}.com`,
    `${"a.".repeat(126)}a`,
    "ünï.com",
    "",
    "a..b",
  ],
  byte: ["", "c2FtcGxl", "YQ==", "YWI=", "YQ=", "Y", "YWJj", "a+/b", "a-_b", "c2Ft cGxl", "YWJj\n", "====", "YQ==YQ=="],
  "favourite-colour": ["blue", ""],
};

function neighbours(n: number): number[] {
  const digits = Math.min(18, (String(n).split(".")[1] ?? "").length + 2);
  const round = (x: number) => (Number.isInteger(n) && Number.isInteger(x) ? x : Number(x.toFixed(digits)));
  const near = [-1, 1, -0.5, 0.5, -0.1, 0.1, -0.01, 0.01].map((d) => round(n + d));
  return [n, -n, ...near, nextAfter(n, Infinity), nextAfter(n, -Infinity)];
}

/** The next double after n towards `direction`. */
export function nextAfter(n: number, direction: number): number {
  if (Number.isNaN(n) || n === direction) return n;
  if (n === 0) return direction > 0 ? Number.MIN_VALUE : -Number.MIN_VALUE;
  const buffer = new DataView(new ArrayBuffer(8));
  buffer.setFloat64(0, n);
  const bits = buffer.getBigUint64(0);
  const away = (direction > n) === (n > 0);
  buffer.setBigUint64(0, away ? bits + 1n : bits - 1n);
  return buffer.getFloat64(0);
}

const FIXED_STRINGS = ["", " ", "a", "A", "ab", "abc", "😀", "😀😀", "e\u0301", "\u0000", "\ud800", "null", "true", "0", "1.5", "-1", "x".repeat(256)];
const FIXED_NUMBERS = [0, -0, 1, -1, 0.1, 0.2, 0.3, 0.7, 1.1, 2.5, 7, 13, 42, 100, 1e21, 2 ** 31, 2 ** 53 + 2, 1e-7, -1e-7, 5e-324, 1.7976931348623157e308, Number.MAX_SAFE_INTEGER];
const FIXED_KEYS = ["extra", "__proto__", "constructor", "toString", "hasOwnProperty", "", "x-custom", "FOO_BAR", "Ünï", "a", "b", "ab", "aab", "key with spaces", "0"];

function walk(node: unknown, visit: (node: SchemaNode, key: string | undefined) => void, key?: string): void {
  if (Array.isArray(node)) node.forEach((n) => walk(n, visit, key));
  else if (typeof node === "object" && node !== null) {
    visit(node as SchemaNode, key);
    for (const k of Object.keys(node)) walk((node as SchemaNode)[k], visit, k);
  }
}

export interface SharedPools {
  formats: Map<string, string[]>;
  json: unknown[];
  strings: string[];
}

let shared: { seed: number; pools: SharedPools } | undefined;

/** Format samples, arbitrary strings and JSON values: the same for every fixture of a run. */
export function sharedPools(seed: number): SharedPools {
  if (shared?.seed === seed) return shared.pools;
  const sample = <T>(arb: fc.Arbitrary<T>, numRuns: number, offset: number): T[] => fc.sample(arb, { seed: seed + offset, numRuns });
  const formats = new Map<string, string[]>(Object.entries(FORMAT_EDGES).map(([k, v]) => [k, [...v]]));
  formats.get("email")?.push(...sample(fc.emailAddress(), 30, 1));
  formats.get("uri")?.push(...sample(fc.webUrl({ withFragments: true }), 15, 2), ...sample(fc.webUrl({ withQueryParameters: true }), 15, 3));
  formats.get("ipv4")?.push(...sample(fc.ipV4(), 20, 4), ...sample(fc.ipV4Extended(), 10, 5));
  formats.get("ipv6")?.push(...sample(fc.ipV6(), 30, 6));
  formats.get("uuid")?.push(...sample(fc.uuid(), 20, 7));
  formats.get("hostname")?.push(...sample(fc.domain(), 30, 8));
  formats.get("byte")?.push(...sample(fc.base64String({ maxLength: 24 }), 30, 9));
  const dates = sample(fc.date({ min: new Date("0001-01-01T00:00:00Z"), max: new Date("9999-12-31T23:59:59Z"), noInvalidDate: true }), 30, 10).map((d) => d.toISOString());
  formats.get("date-time")?.push(...dates, ...dates.map((d) => d.replace(/\.\d+Z$/, "+01:00")));
  formats.get("date")?.push(...dates.map((d) => d.slice(0, 10)));
  formats.get("time")?.push(...dates.map((d) => d.slice(11)), ...dates.map((d) => `${d.slice(11, 19)}-08:00`));
  const strings = [
    ...sample(fc.string({ unit: "binary", maxLength: 6 }), 20, 11),
    ...sample(fc.string({ unit: "grapheme", maxLength: 6 }), 20, 12),
    ...[...formats.values()].flat(),
  ];
  const json = sample(fc.jsonValue({ maxDepth: 3 }), 300, 13);
  const pools = { formats, json, strings };
  shared = { seed, pools };
  return pools;
}

/** Pools for one fixture: the shared ones plus every string, number, key and pattern its document mentions. */
export function buildPools(document: SchemaNode, seed: number): Pools {
  const base = sharedPools(seed);
  const strings = new Set<string>([...FIXED_STRINGS, ...base.strings]);
  const numbers = new Set<number>(FIXED_NUMBERS);
  const keys = new Set<string>(FIXED_KEYS);
  const patterns = new Set<string>();
  walk(document, (node, key) => {
    if (key === "properties" || key === "patternProperties") Object.keys(node).forEach((k) => keys.add(k));
    if (key === "schemas") Object.keys(node).forEach((k) => strings.add(k));
    if (key === "mapping") Object.keys(node).forEach((k) => strings.add(k));
    for (const [k, v] of Object.entries(node)) {
      if ((k === "enum" || k === "const") && Array.isArray(v)) v.forEach((e) => (typeof e === "string" ? strings.add(e) : typeof e === "number" ? numbers.add(e) : undefined));
      if (k === "const" && typeof v === "string") strings.add(v);
      if (k === "const" && typeof v === "number") numbers.add(v);
      if (typeof v === "number" && ["minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf", "minLength", "maxLength", "minItems", "maxItems"].includes(k)) {
        neighbours(v).forEach((n) => numbers.add(n));
      }
      if (k === "multipleOf" && typeof v === "number") {
        const digits = (String(v).split(".")[1] ?? "").length;
        for (const factor of [1, 2, 3, 7, 10, 11, 33, 101, 1001]) {
          numbers.add(Number((v * factor).toFixed(digits)));
          numbers.add(Number((v * factor + v / 2).toFixed(digits + 1)));
        }
        numbers.add(v * 3);
      }
      if (k === "pattern" && typeof v === "string") patterns.add(v);
    }
    if (key === "patternProperties") Object.keys(node).forEach((p) => patterns.add(p));
  });
  const patternSamples = new Map<string, string[]>();
  let offset = 100;
  for (const pattern of patterns) {
    let matching: string[] = [];
    try {
      matching = fc.sample(fc.stringMatching(new RegExp(pattern, "u")), { seed: seed + offset++, numRuns: 20 });
    } catch {
      // A pattern fast-check cannot generate from: the string mutations still cover it.
    }
    patternSamples.set(pattern, matching);
    matching.forEach((s) => strings.add(s));
    // Keys for patternProperties: a few matching names.
    matching.slice(0, 4).forEach((s) => keys.add(s));
  }
  return {
    strings: [...strings],
    numbers: [...numbers].filter((n) => Number.isFinite(n)),
    keys: [...keys],
    formats: base.formats,
    json: base.json,
    patterns: patternSamples,
  };
}
