import type { NamedType, Schema } from "../../src/model/ir.js";

/**
 * Deterministic example values derived from the generator's model (the IR every emitter reads), so
 * a contract test can call any operation without hand-written arguments. The same schema always
 * gives the same value.
 *
 * - `"required"` fills only required properties and minItems array items, and leaves optional
 *   bodies out; `"all"` fills every writable property, one item per array and one entry per map.
 * - readOnly properties are never sent; enums give their first non-null value; unions their
 *   first non-null variant, or with a discriminator the first mapping entry with the property set
 *   to its key; strings honour format, min/maxLength and pattern (or throw when no candidate
 *   matches the pattern); numbers honour minimum/maximum (exclusive too) and multipleOf.
 */
export type Fill = "required" | "all";

export interface ValueContext {
  types: ReadonlyMap<string, NamedType>;
  fill: Fill;
}

export function typeIndex(types: readonly NamedType[]): Map<string, NamedType> {
  return new Map(types.map((t) => [t.name, t]));
}

const MAX_DEPTH = 24;

const FORMATS: Record<string, string> = {
  "date-time": "2024-05-01T12:00:00Z",
  date: "2024-05-01",
  time: "12:00:00Z",
  duration: "P1D",
  email: "user@example.com",
  "idn-email": "user@example.com",
  hostname: "db.example.com",
  "idn-hostname": "db.example.com",
  ipv4: "192.0.2.1",
  ipv6: "2001:db8::1",
  uri: "https://example.com/sample",
  "uri-reference": "https://example.com/sample",
  iri: "https://example.com/sample",
  "iri-reference": "https://example.com/sample",
  url: "https://example.com/sample",
  uuid: "3f1c2b6e-8d4a-4c5e-9b7f-0a1b2c3d4e5f",
  byte: "c2FtcGxl",
  binary: "sample",
  password: "sample-password",
  regex: "^sample$",
  "json-pointer": "/sample",
};

export function sampleValue(
  schema: Schema,
  ctx: ValueContext,
  hint = "value",
  depth = 0,
): unknown {
  if (depth > MAX_DEPTH)
    throw new Error(`schema nests deeper than ${MAX_DEPTH} levels at ${hint}`);
  switch (schema.kind) {
    case "ref": {
      const named = ctx.types.get(schema.name);
      if (named === undefined) throw new Error(`unknown type ${schema.name}`);
      return sampleValue(named.schema, ctx, hint, depth + 1);
    }
    case "string":
      return sampleString(schema, hint);
    case "binary":
      return new Blob([`${hint} bytes`], { type: "application/octet-stream" });
    case "number":
      return sampleNumber(schema);
    case "boolean":
      return true;
    case "null":
      return null;
    case "enum": {
      const value =
        schema.values.find((v) => v !== null && v !== "") ?? schema.values[0];
      if (value === undefined) throw new Error(`empty enum at ${hint}`);
      return value;
    }
    case "array": {
      const prefix = schema.prefixItems ?? [];
      const wanted =
        ctx.fill === "all"
          ? Math.max(schema.minItems ?? 0, prefix.length, 1)
          : (schema.minItems ?? 0);
      const count = Math.min(wanted, schema.maxItems ?? wanted);
      return Array.from({ length: count }, (_, i) => {
        const itemSchema = prefix[i] ?? schema.items;
        const item = sampleValue(
          itemSchema,
          ctx,
          count > 1 ? `${hint}-${i + 1}` : hint,
          depth + 1,
        );
        return schema.uniqueItems === true && typeof item === "number"
          ? item + i
          : item;
      });
    }
    case "object": {
      const value: Record<string, unknown> = {};
      for (const property of schema.properties) {
        if (property.readOnly) continue;
        if (
          !property.required &&
          (ctx.fill === "required" || depth > MAX_DEPTH / 2)
        )
          continue;
        value[property.wireName] = sampleValue(
          property.schema,
          ctx,
          property.wireName,
          depth + 1,
        );
      }
      // Extra keys: one per map in "all" mode, and as many as minProperties asks for.
      const extra = Math.max(
        ctx.fill === "all" && schema.properties.length === 0 ? 1 : 0,
        (schema.minProperties ?? 0) - Object.keys(value).length,
      );
      for (let i = 1; i <= extra; i++) {
        const key = extra > 1 ? `key${i}` : "key";
        const pattern = schema.patternProperties?.find((p) =>
          new RegExp(p.pattern, "u").test(key),
        );
        if (pattern !== undefined)
          value[key] = sampleValue(pattern.schema, ctx, key, depth + 1);
        else if (typeof schema.additional === "object")
          value[key] = sampleValue(
            schema.additional.schema,
            ctx,
            key,
            depth + 1,
          );
        else if (schema.additional === "open") value[key] = `${key} value`;
        else
          throw new Error(
            `cannot add the ${schema.minProperties} properties minProperties asks for at ${hint}`,
          );
      }
      return value;
    }
    case "union": {
      const { discriminator } = schema;
      if (discriminator !== undefined) {
        const first = Object.entries(discriminator.mapping)[0];
        const chosen: [string, Schema] | undefined = first
          ? [first[0], { kind: "ref", name: first[1] }]
          : schema.variants[0]?.kind === "ref"
            ? [schema.variants[0].name, schema.variants[0]]
            : undefined;
        if (chosen !== undefined) {
          const value = sampleValue(chosen[1], ctx, hint, depth + 1);
          if (
            value !== null &&
            typeof value === "object" &&
            !Array.isArray(value)
          ) {
            return { ...value, [discriminator.property]: chosen[0] };
          }
          return value;
        }
      }
      const variant =
        schema.variants.find((v) => v.kind !== "null") ?? schema.variants[0];
      if (variant === undefined)
        throw new Error(`union without variants at ${hint}`);
      return sampleValue(variant, ctx, hint, depth + 1);
    }
    case "intersection": {
      const parts = schema.parts.map((part) =>
        sampleValue(part, ctx, hint, depth + 1),
      );
      if (
        parts.every(
          (p) => p !== null && typeof p === "object" && !Array.isArray(p),
        )
      ) {
        return Object.assign({}, ...parts) as unknown;
      }
      return parts[0];
    }
    case "unknown":
      return `${hint} value`;
    case "not": {
      // The first of a few values of different JSON types that the negated schema rejects.
      const candidates: unknown[] = [`${hint} value`, 1, true, null, {}, []];
      const found = candidates.find(
        (c) => issuesOf(schema.schema, c, ctx.types).length > 0,
      );
      if (found === undefined)
        throw new Error(`no sample satisfies the "not" at ${hint}`);
      return found;
    }
    case "unevaluated":
      // A part of an intersection: the other parts' sample, which evaluates all it holds.
      return schema.of === "properties" ? {} : [];
    default: {
      const never: never = schema;
      throw new Error(`unhandled schema kind ${JSON.stringify(never)}`);
    }
  }
}

function sampleString(
  schema: Extract<Schema, { kind: "string" }>,
  hint: string,
): string {
  const base =
    (schema.format !== undefined ? FORMATS[schema.format] : undefined) ??
    `${hint.replace(/[^A-Za-z0-9_-]+/g, "-") || "sample"}`;
  const fit = (text: string) => {
    let s = text;
    const min = schema.minLength ?? 0;
    while ([...s].length < min) s += "x";
    if (schema.maxLength !== undefined && [...s].length > schema.maxLength)
      s = [...s].slice(0, schema.maxLength).join("");
    return s;
  };
  if (schema.pattern === undefined) return fit(base);
  const pattern = new RegExp(schema.pattern, "u");
  const candidates = [
    base,
    "sample",
    "a",
    "A",
    "1",
    "abc",
    "ABC",
    "a1",
    "A1",
    "abc123",
    "sample_1",
    "sample-1",
    "x",
  ];
  for (const candidate of candidates) {
    const s = fit(candidate);
    if (pattern.test(s)) return s;
  }
  throw new Error(
    `no deterministic sample for pattern /${schema.pattern}/ (${hint})`,
  );
}

function sampleNumber(schema: Extract<Schema, { kind: "number" }>): number {
  const step = schema.integer ? 1 : 0.5;
  let low = schema.minimum;
  if (schema.exclusiveMinimum !== undefined) {
    const exclusive = schema.integer
      ? Math.floor(schema.exclusiveMinimum) + 1
      : schema.exclusiveMinimum + step;
    low = low === undefined ? exclusive : Math.max(low, exclusive);
  }
  let high = schema.maximum;
  if (schema.exclusiveMaximum !== undefined) {
    const exclusive = schema.integer
      ? Math.ceil(schema.exclusiveMaximum) - 1
      : schema.exclusiveMaximum - step;
    high = high === undefined ? exclusive : Math.min(high, exclusive);
  }
  let value = schema.integer ? 1 : 1.5;
  if (low !== undefined && value < low)
    value = schema.integer ? Math.ceil(low) : low;
  if (high !== undefined && value > high)
    value = schema.integer ? Math.floor(high) : high;
  const m = schema.multipleOf;
  if (m !== undefined && m > 0) {
    const up = Math.ceil(value / m) * m;
    value = high !== undefined && up > high ? Math.floor(value / m) * m : up;
  }
  return value;
}

export interface Issue {
  path: string;
  message: string;
}

/**
 * Where `value` departs from `schema`, read from the IR: a second, independent reading of what
 * the generated guards check, used only to explain a guard failure in a report.
 */
export function issuesOf(
  schema: Schema,
  value: unknown,
  types: ReadonlyMap<string, NamedType>,
  path = "",
  depth = 0,
): Issue[] {
  const at = path === "" ? "(root)" : path;
  const issue = (message: string): Issue[] => [{ path: at, message }];
  if (depth > 64) return [];
  switch (schema.kind) {
    case "ref": {
      const named = types.get(schema.name);
      return named === undefined
        ? issue(`unknown type ${schema.name}`)
        : issuesOf(named.schema, value, types, path, depth + 1);
    }
    case "string": {
      if (typeof value !== "string")
        return issue(`expected string, got ${JSON.stringify(value)}`);
      const length = [...value].length;
      if (schema.minLength !== undefined && length < schema.minLength)
        return issue(
          `shorter than ${schema.minLength}: ${JSON.stringify(value)}`,
        );
      if (schema.maxLength !== undefined && length > schema.maxLength)
        return issue(`longer than ${schema.maxLength}`);
      if (
        schema.pattern !== undefined &&
        !new RegExp(schema.pattern, "u").test(value)
      )
        return issue(`does not match /${schema.pattern}/`);
      return [];
    }
    case "binary":
      return value instanceof Blob ? [] : issue("expected Blob");
    case "number": {
      if (typeof value !== "number" || !Number.isFinite(value))
        return issue(`expected number, got ${JSON.stringify(value)}`);
      if (schema.integer && !Number.isInteger(value))
        return issue(`expected integer, got ${value}`);
      if (schema.minimum !== undefined && value < schema.minimum)
        return issue(`below minimum ${schema.minimum}: ${value}`);
      if (schema.maximum !== undefined && value > schema.maximum)
        return issue(`above maximum ${schema.maximum}: ${value}`);
      if (
        schema.exclusiveMinimum !== undefined &&
        value <= schema.exclusiveMinimum
      )
        return issue(`not above ${schema.exclusiveMinimum}`);
      if (
        schema.exclusiveMaximum !== undefined &&
        value >= schema.exclusiveMaximum
      )
        return issue(`not below ${schema.exclusiveMaximum}`);
      return [];
    }
    case "boolean":
      return typeof value === "boolean"
        ? []
        : issue(`expected boolean, got ${JSON.stringify(value)}`);
    case "null":
      return value === null
        ? []
        : issue(`expected null, got ${JSON.stringify(value)}`);
    case "enum":
      return schema.values.includes(value as never)
        ? []
        : issue(
            `${JSON.stringify(value)} is not one of ${JSON.stringify(schema.values)}`,
          );
    case "array": {
      if (!Array.isArray(value))
        return issue(`expected array, got ${JSON.stringify(value)}`);
      if (schema.minItems !== undefined && value.length < schema.minItems)
        return issue(`fewer than ${schema.minItems} items`);
      if (schema.maxItems !== undefined && value.length > schema.maxItems)
        return issue(`more than ${schema.maxItems} items`);
      return value.flatMap((item, i) =>
        issuesOf(
          schema.prefixItems?.[i] ?? schema.items,
          item,
          types,
          `${path}/${i}`,
          depth + 1,
        ),
      );
    }
    case "object": {
      if (value === null || typeof value !== "object" || Array.isArray(value))
        return issue(`expected object, got ${JSON.stringify(value)}`);
      const record = value as Record<string, unknown>;
      const issues: Issue[] = [];
      const known = new Set<string>();
      for (const property of schema.properties) {
        known.add(property.wireName);
        const child = `${path}/${property.wireName}`;
        if (!Object.hasOwn(record, property.wireName)) {
          if (property.required)
            issues.push({ path: child, message: "required property missing" });
          continue;
        }
        issues.push(
          ...issuesOf(
            property.schema,
            record[property.wireName],
            types,
            child,
            depth + 1,
          ),
        );
      }
      const keys = Object.keys(record);
      if (
        schema.minProperties !== undefined &&
        keys.length < schema.minProperties
      )
        issues.push({
          path: at,
          message: `fewer than ${schema.minProperties} properties`,
        });
      if (
        schema.maxProperties !== undefined &&
        keys.length > schema.maxProperties
      )
        issues.push({
          path: at,
          message: `more than ${schema.maxProperties} properties`,
        });
      for (const key of keys) {
        if (known.has(key)) continue;
        const patterns = (schema.patternProperties ?? []).filter((p) =>
          new RegExp(p.pattern, "u").test(key),
        );
        if (patterns.length > 0) {
          for (const p of patterns)
            issues.push(
              ...issuesOf(
                p.schema,
                record[key],
                types,
                `${path}/${key}`,
                depth + 1,
              ),
            );
          continue;
        }
        if (schema.additional === "closed")
          issues.push({
            path: `${path}/${key}`,
            message: "property not allowed",
          });
        else if (typeof schema.additional === "object")
          issues.push(
            ...issuesOf(
              schema.additional.schema,
              record[key],
              types,
              `${path}/${key}`,
              depth + 1,
            ),
          );
      }
      return issues;
    }
    case "union": {
      const perVariant = schema.variants.map((v) =>
        issuesOf(v, value, types, path, depth + 1),
      );
      const matching = perVariant.filter(
        (issues) => issues.length === 0,
      ).length;
      if (matching === 1 || (matching > 1 && !schema.exclusive)) return [];
      if (matching > 1) return issue(`matches ${matching} variants of a oneOf`);
      const best = perVariant.reduce(
        (a, b) => (b.length < a.length ? b : a),
        perVariant[0] ?? [],
      );
      return [{ path: at, message: "matches no variant; closest:" }, ...best];
    }
    case "intersection":
      return schema.parts.flatMap((part) =>
        issuesOf(part, value, types, path, depth + 1),
      );
    case "unknown":
      return [];
    case "not":
      return issuesOf(schema.schema, value, types, path, depth + 1).length > 0
        ? []
        : issue('matches the schema of a "not"');
    case "unevaluated":
      // Samples hold only what the other parts evaluate; the generated guards judge the rest.
      return [];
    default: {
      const never: never = schema;
      return issue(`unhandled kind ${JSON.stringify(never)}`);
    }
  }
}
