import { pathToFileURL } from "node:url";
import { anchorName, anchorPointer, resourceOf } from "../model/anchors.js";
import { mapDataValues } from "../model/data-values.js";
import { pointerJoin, pointerTokens } from "../model/diagnostics.js";
import { documentRefs } from "../model/document-refs.js";
import type { Diagnostic } from "../model/ir.js";
import type { JsonObject } from "../model/json.js";
import { resolvePointer } from "../model/schema-context.js";
import { schemaPositions } from "../model/schema-positions.js";
import { LoadError } from "./load-error.js";
import { mapRefs } from "./map-refs.js";
import type { InputText } from "./read-input.js";

/**
 * OpenAPI 3.1 (JSON Schema 2020-12): a schema with `$id` is a resource whose `$id`, made absolute
 * against the enclosing base, is the base URI of the `$ref`s inside it. Each `$ref` that denotes a
 * schema of the document is rewritten to that schema's document-local pointer before the bundler
 * and the model see it: `#/$defs/cur` inside Money to `#/components/schemas/Money/$defs/cur`,
 * `https://example.com/schemas/money` (Money's `$id`) to `#/components/schemas/Money`. A reference
 * inside a resource that names no schema of the document goes on to the bundler as the URI it
 * denotes, under the bundler's rules (a file in the spec's folder, the spec's own origin); any other
 * is a LoadError naming the `$ref`, its place and what it resolved to.
 */
export function idBasedRefs(document: JsonObject, version: string, input: InputText): IdRefs {
  if (!/^3\.[12]\./.test(version) || !documentRefs(document).ids) return { document, diagnostics: [] };
  const base = input.isUrl ? new URL(input.source).href : pathToFileURL(input.source).href;
  const diagnostics: Diagnostic[] = [];
  const resolver = new IdResolver(document, base, input, embeddedResources(document, base, diagnostics), diagnostics);
  const rewrites = new Map<object, Record<string, string>>();
  mapDataValues(document, {
    data: (value) => value,
    node: (holder, pointer) => {
      for (const keyword of KEYWORDS) {
        const ref = holder[keyword];
        const to = typeof ref === "string" ? resolver.resolve(ref, pointer(), keyword) : undefined;
        if (to !== undefined && to !== ref) rewrites.set(holder, { ...rewrites.get(holder), [keyword]: to });
      }
    },
  });
  const rewritten = rewrites.size === 0 ? document : (mapRefs(document, (ref, holder, key) => rewrites.get(holder)?.[key] ?? ref, KEYWORDS) as JsonObject);
  return { document: rewritten, diagnostics };
}

/** `$dynamicRef` resolves as `$ref` does first; the model decides whether its target can move. */
const KEYWORDS: ReadonlySet<string> = new Set(["$ref", "$dynamicRef"]);

export interface IdRefs {
  document: JsonObject;
  diagnostics: Diagnostic[];
}

/**
 * The document's schema resources: the absolute URI of each by its pointer, and the pointers by URI
 * (two when two schemas declare one `$id`: an error only for a reference to it).
 */
interface Resources {
  uriAt: ReadonlyMap<string, string>;
  pointersOf: ReadonlyMap<string, readonly string[]>;
}

function embeddedResources(document: JsonObject, base: string, diagnostics: Diagnostic[]): Resources {
  const uriAt = new Map<string, string>();
  const pointersOf = new Map<string, string[]>();
  // The walk visits an object before the objects inside it, so an enclosing resource's URI is known first.
  mapDataValues(document, {
    data: (value) => value,
    node: (holder, pointer) => {
      const id = holder["$id"];
      if (typeof id !== "string") return;
      const at = pointer();
      const tokens = pointerTokens(at);
      if (schemaPositions(tokens).at(-1) !== true) return;
      const outer = resourceOf(document, pointerJoin("#", ...tokens.slice(0, -1))).pointer;
      const uri = withoutFragment(id, outer === "#" ? base : (uriAt.get(outer) ?? base));
      if (uri === undefined) {
        const message = `$id ${JSON.stringify(id)} is not a URI reference; references inside the schema resolve against the base around it`;
        diagnostics.push({ severity: "warning", code: "id-base-ref", pointer: at, message });
        return;
      }
      uriAt.set(at, uri);
      pointersOf.set(uri, [...(pointersOf.get(uri) ?? []), at]);
    },
  });
  return { uriAt, pointersOf };
}

/** What a `$ref` is read as: its text, its place, the base it resolves against and the URI it denotes. */
interface Reading {
  keyword: string;
  ref: string;
  at: string;
  /** The `$id` the reference resolved against; undefined for the document's own base. */
  id: string | undefined;
  uri: string;
  fragment: string;
}

class IdResolver {
  constructor(
    private readonly document: JsonObject,
    private readonly base: string,
    private readonly input: InputText,
    private readonly resources: Resources,
    private readonly diagnostics: Diagnostic[],
  ) {}

  /** The `$ref` (`keyword`) the reference at `at` becomes; undefined where it stays as written. */
  resolve(ref: string, at: string, keyword: string): string | undefined {
    const resource = enclosing(at, this.resources.uriAt);
    if (resource === "#" && ref.startsWith("#")) return undefined;
    // A plain name within the reference's own resource: the model looks it up there.
    if (resource !== "#" && anchorName(ref) !== undefined) return undefined;
    const id = resource === "#" ? undefined : this.resources.uriAt.get(resource);
    const uri = withoutFragment(ref, id ?? this.base);
    if (uri === undefined) return undefined;
    const hash = ref.indexOf("#");
    // The fragment as written: URL would percent-encode characters a JSON pointer keeps.
    const reading = { keyword, ref, at, id, uri, fragment: hash === -1 ? "" : ref.slice(hash + 1) };
    // A `$dynamicRef` to a name may move with the dynamic scope: only the model can tell; and the bundler never reads one.
    const dynamic = keyword === "$dynamicRef";
    if (dynamic && reading.fragment !== "" && !reading.fragment.startsWith("/")) return undefined;
    // A fragment names a place in the reference's own resource, whichever other schema shares its `$id`.
    const target = ref.startsWith("#") ? resource : uri === this.base ? "#" : this.target(reading);
    if (target === "#" && resource === "#") return undefined;
    if (target !== undefined) return this.within(target, reading);
    return id === undefined || dynamic ? undefined : this.outside(reading);
  }

  /** The pointer of the one resource whose `$id` is the URI `reading` denotes; undefined for none. */
  private target(reading: Reading): string | undefined {
    const [first, ...others] = this.resources.pointersOf.get(reading.uri) ?? [];
    if (others.length > 0) throw new LoadError(this.input.source, `${reading.keyword} ${JSON.stringify(reading.ref)} at ${reading.at} is ambiguous: ${[first, ...others].join(" and ")} both have the $id ${reading.uri}`);
    return first;
  }

  /** The pointer `reading` denotes inside the resource at `target`. */
  private within(target: string, reading: Reading): string {
    const { fragment, ref } = reading;
    if (fragment === "") return fragmentOf(target);
    if (fragment.startsWith("/")) {
      const to = `${fragmentOf(target)}${fragment}`;
      if (resolvePointer(this.document, to) !== undefined) return to;
      // Read against the document, as tools that ignore `$id` do, rather than refuse the document.
      if (ref.startsWith("#") && resolvePointer(this.document, ref) !== undefined) {
        const message = `${reading.keyword} ${JSON.stringify(ref)} is read against the document: against the $id ${reading.id ?? this.base} it stands in, it does not resolve (JSON Schema validators refuse it)`;
        this.diagnostics.push({ severity: "warning", code: "id-base-ref", pointer: reading.at, message });
        return ref;
      }
      throw this.unresolved(reading);
    }
    const name = anchorName(`#${fragment}`);
    const found = name === undefined ? undefined : anchorPointer(this.document, name, target);
    if (found === undefined) throw this.unresolved(reading);
    return fragmentOf(found);
  }

  /** A reference inside a resource to no schema of the document: the URI it denotes, where the bundler's rules let it read one. */
  private outside(reading: Reading): string {
    const denoted = reading.fragment === "" ? reading.uri : `${reading.uri}#${reading.fragment}`;
    const target = new URL(reading.uri);
    const own = new URL(this.base);
    if (!this.input.isUrl && target.protocol === "file:") {
      const folder = new URL(".", own).href;
      return denoted.startsWith(folder) ? denoted.slice(folder.length) : denoted;
    }
    if (this.input.isUrl && target.origin === own.origin) return denoted;
    throw this.unresolved(reading);
  }

  private unresolved({ keyword, ref, at, id, uri, fragment }: Reading): LoadError {
    const denoted = fragment === "" ? uri : `${uri}#${fragment}`;
    const via = id === undefined ? "" : ` (resolved against $id ${id} to ${denoted})`;
    return new LoadError(this.input.source, `${keyword} ${JSON.stringify(ref)} at ${at}${via} does not resolve: no schema in the document has that $id, pointer or anchor`);
  }
}

/**
 * The pointer of the resource the object at `at` stands in, as `resourceOf` answers it, found among
 * the resources known already by the pointer's prefixes: a walk from the root for each reference
 * cost a large document more than the rest of this pass.
 */
function enclosing(at: string, resources: ReadonlyMap<string, string>): string {
  for (let end = at.length; end > 1; end = at.lastIndexOf("/", end - 1)) {
    const prefix = at.slice(0, end);
    if (resources.has(prefix)) return prefix;
  }
  return "#";
}

/** `ref` made absolute against `base`, without its fragment; undefined when it is no URI reference. */
export function withoutFragment(ref: string, base: string): string | undefined {
  try {
    const url = new URL(ref, base);
    url.hash = "";
    return url.href;
  } catch {
    return undefined;
  }
}

/** A pointer of the document (`pointerJoin`'s form) as a `$ref` fragment: `%` is escaped, as a URI fragment needs. */
function fragmentOf(pointer: string): string {
  return pointer.includes("%") ? pointer.replace(/%/g, "%25") : pointer;
}
