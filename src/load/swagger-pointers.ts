import { pointerJoin, pointerTokens } from "../model/diagnostics.js";
import { isJsonObject, type JsonObject } from "../model/json.js";

/** Where OpenAPI 3's components were in Swagger 2.0. */
const SECTIONS: Readonly<Record<string, string>> = { schemas: "definitions", parameters: "parameters", responses: "responses", securitySchemes: "securityDefinitions" };

/** Parameters the upgrade turns into a request body. */
const BODY_PLACES = new Set(["body", "formData"]);

/**
 * A pointer into the upgraded OpenAPI 3 document as the Swagger 2.0 document had it: a request body
 * is its body parameter (a form's property its formData parameter), a parameter is counted among
 * the parameters the upgrade kept, `content/<type>/schema` is `schema`, a parameter's `schema/type`
 * is its `type`, components are definitions. `undefined` where the 2.0 document holds no such place.
 */
export function swaggerPointer(pointer: string, original: JsonObject): string | undefined {
  const tokens = mapped(pointerTokens(pointer), original);
  return tokens !== undefined && at(original, tokens) !== undefined ? pointerJoin("#", ...tokens) : undefined;
}

function mapped(tokens: string[], original: JsonObject): string[] | undefined {
  const [first, second, name, ...rest] = tokens;
  if (first === "components") {
    const section = second === undefined ? undefined : SECTIONS[second];
    if (section === undefined || name === undefined) return undefined;
    const inner = second === "responses" ? responseTail(rest) : second === "parameters" ? parameterTail(rest) : rest;
    return [section, name, ...inner];
  }
  if (first !== "paths" || second === undefined || name === undefined) return tokens;
  const item = [first, second];
  if (name === "parameters") return parameterAt(original, item, rest);
  const [place, ...inner] = rest;
  const operation = [...item, name];
  if (place === "parameters") return parameterAt(original, operation, inner);
  if (place === "requestBody") return bodyAt(original, operation, inner);
  if (place === "responses" && inner[0] !== undefined) return [...operation, place, inner[0], ...responseTail(inner.slice(1))];
  return tokens;
}

/** The `index`-th parameter the upgrade kept (no body, no formData) of the list at `owner`. */
function parameterAt(original: JsonObject, owner: string[], [index, ...inner]: string[]): string[] | undefined {
  const list = at(original, [...owner, "parameters"]);
  if (!Array.isArray(list) || index === undefined) return undefined;
  const kept = list.flatMap((p, i) => (BODY_PLACES.has(placeOf(original, p)) ? [] : [i]));
  const found = kept[Number(index)];
  return found === undefined ? undefined : [...owner, "parameters", String(found), ...parameterTail(inner)];
}

/** The body parameter, or the formData parameter of the form property the pointer names. */
function bodyAt(original: JsonObject, operation: string[], inner: string[]): string[] | undefined {
  const list = at(original, [...operation, "parameters"]);
  if (!Array.isArray(list)) return undefined;
  const body = list.findIndex((p) => placeOf(original, p) === "body");
  if (body >= 0) return [...operation, "parameters", String(body), ...(inner[0] === "content" ? inner.slice(2) : [])];
  const [, , schema, properties, field, ...rest] = inner;
  const named = schema === "schema" && properties === "properties" ? list.findIndex((p) => placeOf(original, p) === "formData" && resolve(original, p)?.["name"] === field) : -1;
  if (named >= 0) return [...operation, "parameters", String(named), ...rest];
  const first = list.findIndex((p) => placeOf(original, p) === "formData");
  return first >= 0 ? [...operation, "parameters", String(first)] : undefined;
}

/** `content/<type>/schema/...` is the response's `schema/...`; a header's `schema/...` its own keywords. */
function responseTail(inner: string[]): string[] {
  if (inner[0] === "content") return inner[2] === "schema" ? inner.slice(2) : [];
  if (inner[0] === "headers" && inner[2] === "schema") return [...inner.slice(0, 2), ...inner.slice(3)];
  return inner;
}

/** A 2.0 parameter other than a body holds its schema's keywords itself. */
function parameterTail(inner: string[]): string[] {
  return inner[0] === "schema" ? inner.slice(1) : inner;
}

function placeOf(original: JsonObject, parameter: unknown): string {
  const location = resolve(original, parameter)?.["in"];
  return typeof location === "string" ? location : "";
}

/** A parameter, its local `$ref` followed. */
function resolve(original: JsonObject, parameter: unknown): JsonObject | undefined {
  if (!isJsonObject(parameter)) return undefined;
  const ref = parameter["$ref"];
  if (typeof ref !== "string" || !ref.startsWith("#/")) return parameter;
  const target = at(original, pointerTokens(ref));
  return isJsonObject(target) ? target : undefined;
}

function at(node: unknown, tokens: readonly string[]): unknown {
  let current = node;
  for (const token of tokens) {
    if (Array.isArray(current)) current = /^\d+$/.test(token) ? current[Number(token)] : undefined;
    else if (isJsonObject(current) && Object.hasOwn(current, token)) current = current[token];
    else return undefined;
  }
  return current;
}
