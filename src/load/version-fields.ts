import type { Diagnostic } from "../model/ir.js";
import { isJsonObject, type JsonObject } from "../model/json.js";

/**
 * YAML reads `swagger: 2.0` and `version: 1` unquoted as numbers, while OpenAPI wants strings.
 * Such a document is accepted with the field read as text (`2.0` as "2.0", `1` as "1") and a
 * warning that names the file and the pointer, before anything (the bundler included) looks at it.
 */
export function quoteVersionFields(parsed: unknown, source: string): { document: unknown; diagnostics: Diagnostic[] } {
  if (!isJsonObject(parsed)) return { document: parsed, diagnostics: [] };
  const diagnostics: Diagnostic[] = [];
  let document: JsonObject = parsed;
  const swagger = parsed["swagger"];
  if (typeof swagger === "number" && swagger === 2) {
    document = { ...document, swagger: "2.0" };
    diagnostics.push(unquoted(source, "#/swagger", swagger, "2.0"));
  }
  const info = parsed["info"];
  const version = isJsonObject(info) ? info["version"] : undefined;
  if (isJsonObject(info) && typeof version === "number" && Number.isFinite(version)) {
    document = { ...document, info: { ...info, version: String(version) } };
    diagnostics.push(unquoted(source, "#/info/version", version, String(version)));
  }
  return { document, diagnostics };
}

function unquoted(source: string, pointer: string, value: number, text: string): Diagnostic {
  const field = pointer.slice(2).replace("/", ".");
  const message = `${source}: ${field} is the number ${value}, not a string; read as "${text}" (quote it in the file: "${text}")`;
  return { severity: "warning", code: "unquoted-version", pointer, message };
}
