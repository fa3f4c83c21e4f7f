import { pointerJoin } from "./diagnostics.js";
import { isJsonObject } from "./json.js";

/** Keywords whose value is data (a JSON value the document quotes), never a schema or a reference. */
const DATA_KEYWORDS = new Set(["example", "default", "const", "enum"]);

/**
 * Keywords whose value is a map from names the author chose (property names, status codes, media
 * types, component keys) to objects: a key in it is never a keyword, so a property called `default`
 * or the response `default` stays a schema or a response.
 */
const NAMED_MAPS = new Set([
  "properties", "patternProperties", "$defs", "definitions", "dependentSchemas", "dependencies",
  "paths", "webhooks", "responses", "headers", "content", "encoding", "callbacks", "links",
  "securitySchemes", "securityDefinitions", "parameters", "variables", "schemas", "requestBodies",
  "pathItems", "mapping", "scopes",
]);

/**
 * What an object in the document is, to the walk: keywords (a schema, an operation), a named map,
 * or `components` (a named map per kind).
 */
type Place = "keywords" | "map" | "components";

/**
 * What the walk calls: `data` with each data value (returning its replacement), `node` with every
 * other object. Each gets its JSON pointer as a function, built only when asked for (rarely) and
 * only during the call.
 */
export interface DataVisitor {
  data(value: unknown, pointer: () => string): unknown;
  node?(node: { readonly [key: string]: unknown }, pointer: () => string): void;
  /** Called with every named map and `components`: objects whose keys are names, not keywords. */
  named?(node: { readonly [key: string]: unknown }): void;
}

/**
 * Walks an OpenAPI document (or a file it refers to), telling data values from the rest: data are
 * `example`, `default`, `const`, `enum`, `x-` extensions, a schema's `examples` array, an Example
 * Object's `value` and Swagger 2.0's response `examples`; a `$ref` key inside one is data. Returns
 * the node with each data value replaced by what `visitor.data` returned, copied only where one changed.
 */
export function mapDataValues(node: unknown, visitor: DataVisitor, swagger2 = false): unknown {
  return new DataWalk(visitor, swagger2).walk(node, "keywords");
}

class DataWalk {
  /** The keys from the root to the node being visited (one walk of the whole document allocates no path per node). */
  private readonly keys: (string | number)[] = [];
  private readonly pointer = (): string => pointerJoin("#", ...this.keys);

  constructor(
    private readonly visitor: DataVisitor,
    private readonly swagger2: boolean,
  ) {}

  walk(node: unknown, place: Place): unknown {
    if (Array.isArray(node)) {
      let items: unknown[] | undefined;
      for (let i = 0; i < node.length; i++) {
        this.keys.push(i);
        const item = this.walk(node[i], "keywords");
        this.keys.pop();
        if (item !== node[i]) (items ??= [...node])[i] = item;
      }
      return items ?? node;
    }
    if (!isJsonObject(node)) return node;
    // A named map's keys are names: one spelled `$ref` is a property or a header, not a reference.
    if (place === "keywords") this.visitor.node?.(node, this.pointer);
    else this.visitor.named?.(node);
    let copy: Record<string, unknown> | undefined;
    // for-in, not Object.keys: no array per object (parsed JSON has no inherited keys); a scalar
    // that is not data has nothing to walk (GitHub's document holds about a million).
    for (const key in node) {
      const value = node[key];
      if ((typeof value !== "object" || value === null) && !this.mayBeData(place, key)) continue;
      this.keys.push(key);
      const next = place === "keywords" ? this.keyword(key, value) : this.entry(place, key, value);
      this.keys.pop();
      if (next !== value) (copy ??= { ...node })[key] = next;
    }
    return copy ?? node;
  }

  /** Whether a value at `key` of a `place` object can be data: what `keyword` and `entry` hand to `visitor.data`. */
  private mayBeData(place: Place, key: string): boolean {
    if (place === "keywords") return isDataKeyword(key) || key === "examples";
    return place === "components" && key.startsWith("x-");
  }

  private keyword(key: string, value: unknown): unknown {
    if (isDataKeyword(key)) return this.visitor.data(value, this.pointer);
    if (key === "examples") {
      // A schema's examples (JSON Schema) and Swagger 2.0's response examples by media type are data;
      // OpenAPI 3's are a map of Example Objects (or references to components/examples).
      if (Array.isArray(value) || this.swagger2) return this.visitor.data(value, this.pointer);
      return this.walk(value, "map");
    }
    if (key === "components" && isJsonObject(value)) return this.walk(value, "components");
    return this.walk(value, NAMED_MAPS.has(key) && isJsonObject(value) ? "map" : "keywords");
  }

  /** An entry of a named map is keywords; one of `components` is a named map (`schemas`, `examples`, ...). */
  private entry(place: "map" | "components", key: string, value: unknown): unknown {
    if (place === "map") return this.walk(value, "keywords");
    if (key.startsWith("x-")) return this.visitor.data(value, this.pointer);
    return this.walk(value, isJsonObject(value) ? "map" : "keywords");
  }
}

/** A keyword whose value is data wherever it stands: `example`, `default`, `const`, `enum`, an extension, an Example's `value`. */
function isDataKeyword(key: string): boolean {
  return DATA_KEYWORDS.has(key) || key.startsWith("x-") || key === "value";
}

/** True when `$ref` is a key anywhere in the value. */
export function holdsRefKey(value: unknown): boolean {
  if (Array.isArray(value)) return value.some(holdsRefKey);
  if (!isJsonObject(value)) return false;
  if ("$ref" in value) return true;
  for (const key in value) if (holdsRefKey(value[key])) return true;
  return false;
}
