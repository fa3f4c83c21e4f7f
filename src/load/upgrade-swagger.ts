import { convertObj } from "swagger2openapi";
import { pointerJoin } from "../model/diagnostics.js";
import type { Diagnostic } from "../model/ir.js";
import { isJsonObject, type JsonObject } from "../model/json.js";
import { LoadError } from "./load-error.js";
import { formEncodings, formMediaTypes } from "./swagger-form-data.js";

/** Where swagger2openapi notes what it could not carry over; moved into diagnostics and removed. */
const WARNING_KEY = "x-camelgen-upgrade-warning";

/**
 * Upgrades a bundled Swagger 2.0 document to OpenAPI 3.0 with swagger2openapi: `collectionFormat`
 * becomes style/explode, `formData` parameters a form or multipart body, `produces`/`consumes` media
 * types, `host`/`basePath`/`schemes` servers. References are already internal, so it never resolves
 * (and never touches the network or the file system). What it cannot convert losslessly is reported.
 */
export async function upgradeSwagger(document: JsonObject, source: string): Promise<{ document: JsonObject; diagnostics: Diagnostic[] }> {
  const diagnostics: Diagnostic[] = [];
  const prepared = structuredClone(document);
  formMediaTypes(prepared);
  defaultScheme(prepared, source, diagnostics);
  let upgraded: unknown;
  try {
    const options = { patch: true, warnOnly: true, warnProperty: WARNING_KEY, resolve: false, direct: true, text: "-" };
    upgraded = await convertObj(prepared as never, options as never);
  } catch (error) {
    throw new LoadError(source, `cannot upgrade Swagger 2.0 to OpenAPI 3: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (!isJsonObject(upgraded)) throw new LoadError(source, "cannot upgrade Swagger 2.0 to OpenAPI 3: no document came out");
  collectWarnings(upgraded, "#", diagnostics);
  requireFormBodies(upgraded);
  formEncodings(document, upgraded, diagnostics);
  return { document: upgraded, diagnostics };
}

/**
 * A `host` without `schemes` means the scheme the document was read with (Swagger 2.0's rule);
 * swagger2openapi would write a scheme-relative `//host` that no fetch outside a page can use.
 * A document read from a file has none to give, so https is assumed and said.
 */
function defaultScheme(document: JsonObject, source: string, diagnostics: Diagnostic[]): void {
  const schemes = document["schemes"];
  if (typeof document["host"] !== "string" || (Array.isArray(schemes) && schemes.length > 0)) return;
  const readWith = /^(https?):\/\//i.exec(source)?.[1]?.toLowerCase();
  (document as Record<string, unknown>)["schemes"] = [readWith ?? "https"];
  if (readWith === undefined)
    diagnostics.push({ severity: "warning", code: "swagger-upgrade", pointer: "#/host", message: "Swagger 2.0 upgrade: no `schemes`, and the document was read from a file, not over HTTP(S); https is assumed" });
}

function collectWarnings(node: unknown, pointer: string, into: Diagnostic[]): void {
  if (Array.isArray(node)) {
    node.forEach((item, i) => collectWarnings(item, pointerJoin(pointer, i), into));
    return;
  }
  if (!isJsonObject(node)) return;
  const record = node as Record<string, unknown>;
  const warning = record[WARNING_KEY];
  if (typeof warning === "string") {
    into.push({ severity: "warning", code: "swagger-upgrade", pointer, message: `Swagger 2.0 upgrade: ${warning}` });
    delete record[WARNING_KEY];
  }
  for (const [key, value] of Object.entries(record)) collectWarnings(value, pointerJoin(pointer, key), into);
}

/**
 * swagger2openapi leaves a multipart body optional even when its formData parameters included a
 * required one (a required file, typically); a body with required fields cannot be left out.
 */
function requireFormBodies(document: JsonObject): void {
  const paths = document["paths"];
  if (!isJsonObject(paths)) return;
  for (const item of Object.values(paths)) {
    if (!isJsonObject(item)) continue;
    for (const operation of Object.values(item)) {
      const body = isJsonObject(operation) ? operation["requestBody"] : undefined;
      if (!isJsonObject(body) || body["required"] !== undefined || !isJsonObject(body["content"])) continue;
      const media = Object.values(body["content"]).filter(isJsonObject);
      const withRequired = media.filter((m) => isJsonObject(m["schema"]) && Array.isArray(m["schema"]["required"]) && m["schema"]["required"].length > 0);
      if (media.length > 0 && withRequired.length === media.length) (body as Record<string, unknown>)["required"] = true;
    }
  }
}
