import { pointerJoin } from "../model/diagnostics.js";
import type { Diagnostic } from "../model/ir.js";
import { isJsonObject, type JsonObject } from "../model/json.js";

const FORM = "application/x-www-form-urlencoded";
const MULTIPART = "multipart/form-data";
const METHODS = ["get", "put", "post", "delete", "options", "head", "patch"];

/** How Swagger 2.0's `collectionFormat` of a form field is written in OpenAPI 3's Encoding Object (`csv` is the default). */
const ENCODINGS: Record<string, { style: string; explode: boolean }> = {
  csv: { style: "form", explode: false },
  ssv: { style: "spaceDelimited", explode: false },
  pipes: { style: "pipeDelimited", explode: false },
  multi: { style: "form", explode: true },
};

interface Operation {
  pointer: string;
  node: JsonObject;
  formData: JsonObject[];
}

/** Each operation of a 2.0 document with its `formData` parameters (the path item's too, `#/parameters/` followed). */
function operations(document: JsonObject): Operation[] {
  const shared = isJsonObject(document["parameters"]) ? document["parameters"] : {};
  const resolve = (p: unknown): JsonObject | undefined => {
    const ref = isJsonObject(p) ? p["$ref"] : undefined;
    const found = typeof ref === "string" && ref.startsWith("#/parameters/") ? shared[ref.slice("#/parameters/".length)] : p;
    return isJsonObject(found) ? found : undefined;
  };
  const paths = isJsonObject(document["paths"]) ? document["paths"] : {};
  return Object.entries(paths).flatMap(([path, item]) => {
    if (!isJsonObject(item)) return [];
    const own = Array.isArray(item["parameters"]) ? item["parameters"] : [];
    return METHODS.flatMap((method) => {
      const node = item[method];
      if (!isJsonObject(node)) return [];
      const declared = [...own, ...(Array.isArray(node["parameters"]) ? node["parameters"] : [])].map(resolve);
      const formData = declared.filter((p): p is JsonObject => p?.["in"] === "formData");
      return [{ pointer: pointerJoin("#/paths", path, method), node, formData }];
    });
  });
}

/**
 * Before the upgrade: an operation with `formData` whose `consumes` (its own, else the document's)
 * names neither form type is given the one its fields need, multipart where one is a file (or
 * bytes), as Swagger UI sends it; swagger2openapi would otherwise make a form body of a file, or a
 * JSON one.
 */
export function formMediaTypes(document: JsonObject): void {
  const global = Array.isArray(document["consumes"]) ? document["consumes"] : [];
  for (const { node, formData } of operations(document)) {
    const consumes = Array.isArray(node["consumes"]) ? node["consumes"] : global;
    if (formData.length === 0 || consumes.some((type) => type === FORM || type === MULTIPART)) continue;
    (node as Record<string, unknown>)["consumes"] = [formData.some(holdsBytes) ? MULTIPART : FORM];
  }
}

/** A file field, or a string of bytes (`format: binary`), which the upgrade types as a file too. */
const holdsBytes = (field: JsonObject): boolean => field["type"] === "file" || (field["type"] === "string" && field["format"] === "binary");

/**
 * After the upgrade: a form body's array fields keep their `collectionFormat` as an Encoding
 * Object, which swagger2openapi leaves out (so `csv`, 2.0's default, went as repeated fields).
 * Multipart ignores `style` in OpenAPI 3.0, so its arrays stay repeated parts; `tsv` has no
 * OpenAPI 3 form and is reported.
 */
export function formEncodings(original: JsonObject, upgraded: JsonObject, diagnostics: Diagnostic[]): void {
  const after = new Map(operations(upgraded).map((op) => [op.pointer, op.node]));
  for (const { pointer, formData } of operations(original)) {
    const body = after.get(pointer)?.["requestBody"];
    const content = isJsonObject(body) && isJsonObject(body["content"]) ? body["content"] : undefined;
    const form = content?.[FORM];
    if (!isJsonObject(form)) continue;
    for (const field of formData.filter((p) => p["type"] === "array" && typeof p["name"] === "string")) {
      const format = typeof field["collectionFormat"] === "string" ? field["collectionFormat"] : "csv";
      const encoding = ENCODINGS[format];
      const name = field["name"] as string;
      const where = pointerJoin(pointer, "requestBody", "content", FORM, "schema", "properties", name);
      // In place of swagger2openapi's "collectionFormat is no longer supported", which this settles.
      const others = diagnostics.filter((d) => d.pointer !== where || d.code !== "swagger-upgrade");
      diagnostics.splice(0, diagnostics.length, ...others);
      if (encoding === undefined) {
        diagnostics.push({ severity: "warning", code: "swagger-upgrade", pointer: where, message: `Swagger 2.0 upgrade: collectionFormat ${format} has no OpenAPI 3 form; the items are sent as repeated fields` });
        continue;
      }
      const encodings: Record<string, unknown> = isJsonObject(form["encoding"]) ? { ...form["encoding"] } : {};
      encodings[name] = { ...encoding, ...(isJsonObject(encodings[name]) ? encodings[name] : {}) };
      (form as Record<string, unknown>)["encoding"] = encodings;
    }
  }
}
