import type { Schema, StringConstraints } from "./ir.js";
import { numberField, stringField, type JsonObject } from "./json.js";
import { patternFlags } from "./pattern-flags.js";
import { mediaTypeKind } from "./media-type.js";

/**
 * AutoRest's stream, `type: object, format: file` without properties: Azure's documents write it
 * for an upload or a download of bytes (an image to analyse, a file to store).
 */
export function isAutoRestFile(node: JsonObject): boolean {
  return node["format"] === "file" && !("properties" in node) && !("additionalProperties" in node);
}

/**
 * Whether a string schema stands for bytes: `format: binary`, AutoRest's `format: file`, or
 * (OpenAPI 3.1, where `format` no longer says how content is carried) a `contentMediaType` that is
 * not text, with no `contentEncoding` turning it into text.
 */
export function holdsBytes(node: JsonObject, openapi31: boolean): boolean {
  if (node["format"] === "binary" || isAutoRestFile(node)) return true;
  const media = stringField(node, "contentMediaType");
  return openapi31 && media !== undefined && node["contentEncoding"] === undefined && mediaTypeKind(media) === "bytes";
}

/** The string keywords of a schema node; `onBadPattern` is told of a pattern JavaScript cannot compile, which is then omitted. */
export function stringConstraints(node: JsonObject, onBadPattern: (pattern: string) => void): StringConstraints {
  const schema: StringConstraints = {};
  const format = stringField(node, "format");
  const minLength = numberField(node, "minLength");
  const maxLength = numberField(node, "maxLength");
  const pattern = stringField(node, "pattern");
  if (format !== undefined) schema.format = format;
  if (minLength !== undefined) schema.minLength = minLength;
  if (maxLength !== undefined) schema.maxLength = maxLength;
  if (pattern !== undefined && patternFlags(pattern) !== undefined) schema.pattern = pattern;
  else if (pattern !== undefined) onBadPattern(pattern);
  return schema;
}

/** 3.0 boolean `exclusiveMinimum` turns `minimum` exclusive; 3.1 gives the bound itself. */
export function numberSchema(node: JsonObject, integer: boolean, openapi31: boolean): Schema {
  const schema: Schema = { kind: "number", integer };
  const minimum = numberField(node, "minimum");
  const maximum = numberField(node, "maximum");
  const multipleOf = numberField(node, "multipleOf");
  const exclusiveMin = node["exclusiveMinimum"];
  const exclusiveMax = node["exclusiveMaximum"];
  if (minimum !== undefined) {
    if (exclusiveMin === true && !openapi31) schema.exclusiveMinimum = minimum;
    else schema.minimum = minimum;
  }
  if (maximum !== undefined) {
    if (exclusiveMax === true && !openapi31) schema.exclusiveMaximum = maximum;
    else schema.maximum = maximum;
  }
  if (typeof exclusiveMin === "number") schema.exclusiveMinimum = exclusiveMin;
  if (typeof exclusiveMax === "number") schema.exclusiveMaximum = exclusiveMax;
  if (multipleOf !== undefined && multipleOf > 0) schema.multipleOf = multipleOf;
  return schema;
}
