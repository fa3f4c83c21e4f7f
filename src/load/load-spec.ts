import { createHash } from "node:crypto";
import { realpath } from "node:fs/promises";
import { isJsonObject, stringField, type JsonObject } from "../model/json.js";
import type { Diagnostic } from "../model/ir.js";
import { LoadError } from "./load-error.js";
import { parseDocumentBytes } from "./parse-document.js";
import { DEFAULT_LIMITS, readInput, type InputText, type ReadLimits } from "./read-input.js";
import { DataShelter } from "./data-shelter.js";
import { directRefs, isDirect } from "./direct-refs.js";
import { documentRefs } from "../model/document-refs.js";
import type { OverlayEffect } from "./apply-overlay.js";
import { applyOverlays } from "./overlays.js";
import { openApi31View } from "./openapi-32-view.js";
import { openApiSchemaCheck } from "./openapi-schema.js";
import { idBasedRefs } from "./id-refs.js";
import { internalSelfRefs } from "./self-refs.js";
import { refResolverOptions } from "./ref-resolvers.js";
import { quoteVersionFields } from "./version-fields.js";
import { sourceLocator, type Locate } from "./source-locator.js";
import { swaggerPointer } from "./swagger-pointers.js";

export interface LoadedSpec {
  /** OpenAPI 3.x with every `$ref` internal to this document. */
  document: JsonObject;
  source: string;
  /** sha256 of the input text. */
  hash: string;
  /** Every local file the document was built from (the input, its `$ref`d files and the overlays), real paths. */
  files: string[];
  diagnostics: Diagnostic[];
  /** What each overlay's actions did, in the order applied. */
  overlays: OverlayEffect[];
  /** sha256 of files among `files` whose bytes loading read and hashed already (the input's). */
  fileHashes: Record<string, string>;
  /** JSON text that parses to `document`: the input's own bytes, when it is JSON that loading left as it was. */
  json?: Uint8Array;
  /** Where a pointer into `document` is in the input's text (a Swagger 2.0 one's pointer too); absent when overlays moved what pointers name. */
  locate?: Locate;
}

/**
 * Reads, parses, applies the overlays, bundles and validates an OpenAPI document. Throws LoadError
 * naming the input, OverlayError naming an overlay file.
 */
export async function loadSpec(input: string, limits: ReadLimits = DEFAULT_LIMITS, overlayFiles: readonly string[] = []): Promise<LoadedSpec> {
  const read = await readInput(input, limits);
  const parsed = parseDocumentBytes(read.bytes, () => read.text, read.source);
  const overlaid = await applyOverlays(parsed.value, overlayFiles, limits);
  const quoted = quoteVersionFields(overlaid.document, read.source);
  const version = openApiVersion(quoted.document, read.source);
  const based = idBasedRefs(quoted.document as JsonObject, version, read);
  const bundled = selfContained(based.document, version)
    ? { document: based.document, diagnostics: [], reads: [] as string[] }
    : await bundle(read, based.document, version, limits.timeoutMs);
  const document = bundled.document;
  // A Swagger 2.0 document is held to the 2.0 schema as written, not to 3.0 after the upgrade, which
  // swagger2openapi patches as it goes (and whose pointers the user's file does not have).
  const validated = validate(version === "2.0" ? based.document : document);
  const diagnostics = [...overlaid.diagnostics, ...quoted.diagnostics, ...based.diagnostics, ...bundled.diagnostics, ...validated];
  // The text's bytes, not the text: the same hash (valid UTF-8 decodes and encodes back to them), without encoding 13 MB again.
  const hash = createHash("sha256").update(read.bytes);
  const real = read.isUrl ? undefined : await realpath(read.source);
  const fileHashes = real !== undefined && read.whole ? { [real]: hash.copy().digest("hex") } : {};
  // Each overlay's text is hashed after a separator, so no overlay can collide with a longer schema.
  overlaid.texts.forEach((text) => hash.update("\0overlay\0").update(text));
  const own = real === undefined ? [] : [real, ...bundled.reads];
  const files = [...new Set([...own, ...overlaid.files])].sort();
  const json = parsed.json && document === parsed.value ? { json: read.bytes } : {};
  const inText = sourceLocator(() => read.text, parsed.json);
  const locate = overlayFiles.length > 0 ? {} : { locate: version === "2.0" ? swaggerLocator(inText, quoted.document as JsonObject) : inText };
  return { document, source: read.source, hash: hash.digest("hex"), files, diagnostics, overlays: overlaid.effects, fileHashes, ...json, ...locate };
}

/** Pointers into the upgraded document, placed in the Swagger 2.0 text as the pointers it has. */
function swaggerLocator(inText: Locate, original: JsonObject): Locate {
  return (pointer) => {
    const written = swaggerPointer(pointer, original);
    if (written === undefined) return undefined;
    const place = inText(written);
    return place === undefined ? undefined : { ...place, pointer: written };
  };
}

/** The document's OpenAPI version ("2.0" for Swagger 2.0); LoadError unless it is Swagger 2.0 or OpenAPI 3.0, 3.1 or 3.2. */
export function openApiVersion(parsed: unknown, source: string): string {
  if (!isJsonObject(parsed)) throw new LoadError(source, "not an OpenAPI document (the top level is not an object)");
  const openapi = stringField(parsed, "openapi");
  if (openapi !== undefined && /^3\.[012]\./.test(openapi)) return openapi;
  const swagger = parsed["swagger"];
  // YAML's unquoted `swagger: 2.0` (the number 2): loadSpec warns and reads it as "2.0".
  if (swagger === "2.0" || swagger === 2) return "2.0";
  if (swagger !== undefined) throw new LoadError(source, `unsupported Swagger version ${JSON.stringify(swagger)} (Swagger 2.0 and OpenAPI 3.0, 3.1 and 3.2 are)`);
  if (openapi !== undefined) throw new LoadError(source, `unsupported OpenAPI version ${JSON.stringify(openapi)}`);
  throw new LoadError(source, "not an OpenAPI document (no `openapi` field)");
}

/**
 * Validates the bundled document against the OpenAPI JSON Schema as swagger-parser's own schema
 * validator does, with validators precompiled at build time. SwaggerParser.validate would
 * dereference first, which is exponential in $ref fan-out (a few hundred bytes of schema can make
 * it run for minutes). Problems are reported, not fatal: real published schemas are often slightly
 * off.
 */
function validate(document: JsonObject): Diagnostic[] {
  const openapi32 = stringField(document, "openapi")?.startsWith("3.2.") === true;
  const { view, mapPointers } = openapi32 ? openApi31View(document) : { view: document, mapPointers: (text: string) => text };
  const validateAgainstOpenApiSchema = openApiSchemaCheck(view);
  try {
    // Not a copy: ajv without useDefaults, removeAdditional or coerceTypes leaves the data as it is.
    validateAgainstOpenApiSchema(view);
    return [];
  } catch (error) {
    return [{ severity: "warning", code: "invalid-openapi", pointer: "#", message: firstLine(mapPointers(errorText(error))) }];
  }
}

/** Whether a `$ref` anywhere in the document leads to another file or URL. */
export function hasExternalRefs(node: unknown): boolean {
  if (Array.isArray(node)) return node.some(hasExternalRefs);
  if (!isJsonObject(node)) return false;
  const ref = node["$ref"];
  if (typeof ref === "string" && !ref.startsWith("#")) return true;
  for (const key in node) if (hasExternalRefs(node[key])) return true;
  return false;
}

/** swagger-parser's missing-pointer error, told with the file it looked in and the `$ref`'s own place. */
function missingPointer(error: unknown): string | undefined {
  const { source, targetRef, parentPath } = error as { source?: unknown; targetRef?: unknown; parentPath?: unknown };
  if (typeof source !== "string" || typeof targetRef !== "string") return undefined;
  const at = typeof parentPath === "string" ? ` (the $ref at ${parentPath})` : "";
  return `${targetRef} does not exist in ${source}${at}`;
}

function firstLine(error: unknown): string {
  return errorText(error).split("\n").slice(0, 3).join(" ").trim();
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Whether bundling would return the document as it is: OpenAPI 3.0 or 3.1 (or 3.2 without
 * `$self`) whose every `$ref` outside data values is internal and spells the direct path to its
 * target. Most documents are, and are spared the shelter's, the bundler's and the rewrite's walks.
 */
function selfContained(document: JsonObject, version: string): boolean {
  if (version === "2.0" || (version.startsWith("3.2.") && document["$self"] !== undefined)) return false;
  return [...documentRefs(document).all].every((ref) => ref.startsWith("#") && isDirect(document, ref));
}

/** Bundles `$ref`s to other files, rewrites references that run through references, upgrades Swagger 2.0. */
async function bundle(read: InputText, quoted: unknown, version: string, timeoutMs: number): Promise<Bundled> {
  // Data values (examples, defaults, extensions) may hold `$ref` keys that are no references.
  const shelter = new DataShelter();
  const sheltered = shelter.shelter(quoted, version === "2.0");
  const parsed = version.startsWith("3.2.") ? internalSelfRefs(sheltered, read.source, read.isUrl) : sheltered;
  const { options, refusals, reads } = refResolverOptions(read, timeoutMs, shelter);
  let document: JsonObject = parsed as JsonObject;
  // Bundling is quadratic in the $ref count (GitHub's schema has 10,000) and has nothing to do
  // when every $ref is internal already.
  if (hasExternalRefs(parsed)) {
    // Loaded only here (and the Swagger 2.0 upgrade only for 2.0): most documents need neither.
    const { default: SwaggerParser } = await import("@apidevtools/swagger-parser");
    try {
      document = (await SwaggerParser.bundle(read.source, structuredClone(parsed) as never, options)) as unknown as JsonObject;
    } catch (error) {
      throw new LoadError(read.source, `cannot resolve references: ${refusals[0] ?? missingPointer(error) ?? firstLine(error)}`);
    }
  }
  const upgrade = version === "2.0" ? await (await import("./upgrade-swagger.js")).upgradeSwagger(directRefs(document), read.source) : { document: directRefs(document), diagnostics: [] };
  return { document: shelter.restore(upgrade.document) as JsonObject, diagnostics: upgrade.diagnostics, reads };
}

interface Bundled {
  document: JsonObject;
  diagnostics: Diagnostic[];
  /** Real paths of the local files references were read from. */
  reads: string[];
}
