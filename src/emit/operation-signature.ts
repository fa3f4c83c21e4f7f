import type { Operation, Param, ResponseBody, Schema } from "../model/ir.js";
import { stringLiteral } from "./escape.js";
import { streamOverloads, streamType, type Overload } from "./stream-signature.js";
import { statusMapText, typeText } from "./type-text.js";

export interface Argument {
  name: string;
  type: string;
  optional: boolean;
}

/**
 * Arguments after the client: path parameters in template order, then the body, then the
 * query/header/cookie params object, then per-request options. A trailing argument is optional
 * when nothing required follows it.
 */
export function operationArguments(op: Operation): Argument[] {
  const args: Argument[] = op.pathParams.map((p) => ({ name: p.argName, type: pathParamType(p), optional: false }));
  if (op.body) args.push({ name: "body", type: typeText(op.body.schema), optional: !op.body.required });
  if (op.paramsTypeName !== undefined) {
    args.push({ name: "params", type: op.paramsTypeName, optional: !op.params.some((p) => p.required) });
  }
  args.push({ name: "options", type: optionsType(op), optional: true });
  let seenRequired = false;
  for (let i = args.length - 1; i >= 0; i--) {
    const arg = args[i] as Argument;
    if (!arg.optional) seenRequired = true;
    else if (seenRequired) args[i] = { ...arg, optional: false, type: `${arg.type} | undefined` };
  }
  return args;
}

/** `RequestOptions<"application/json" | "multipart/form-data">` where a call may pick the media type. */
function optionsType(op: Operation): string {
  const types = op.body?.contentTypes ?? [];
  return types.length > 1 ? `RequestOptions<${types.map(stringLiteral).join(" | ")}>` : "RequestOptions";
}

/** A path value as its schema says: lists and objects are written in the parameter's style. */
function pathParamType(p: Param): string {
  return typeText(p.schema);
}

/** The TypeScript type of one response body as the runtime returns it. */
export function bodyType(response: ResponseBody): string {
  switch (response.kind) {
    case "empty":
      return "undefined";
    case "blob":
      return "Blob";
    case "text":
      return "string";
    case "json":
      return response.schema ? typeText(response.schema) : "unknown";
  }
}

/** The type a call resolves to: the union of its 2xx bodies, `void` when none has one. */
export function successType(op: Operation): string {
  const unique = [...new Set(op.success.map(bodyType))];
  if (unique.length === 0 || unique.every((b) => b === "undefined")) return "void";
  return unique.join(" | ");
}

/**
 * The declared error responses `.result()` can tell apart, by the key the runtime's `APIResult`
 * reads: `404`, `"4XX"` (ranges upper-cased) or `default`, each with its JSON body's schema
 * (`undefined`: the body is `unknown`). Keys no response status can match are left out.
 */
export function errorEntries(op: Operation): [key: string, schema: Schema | undefined][] {
  const entries: [string, Schema | undefined][] = [];
  for (const r of op.errors) {
    const key = /^[1-5]\d\d$/.test(r.status) ? r.status : /^[1-5]xx$/i.test(r.status) ? r.status.toUpperCase() : r.status === "default" ? "default" : undefined;
    if (key !== undefined && !entries.some(([seen]) => seen === key)) entries.push([key, r.kind === "json" ? r.schema : undefined]);
  }
  return entries;
}

/**
 * What the function returns: a page-walking promise for paginated lists, else an APIPromise; the
 * error bodies by status, where the operation declares any, as their last type argument.
 */
export function returnType(op: Operation): string {
  return `${op.pagination && !op.stream ? "PagePromise" : "APIPromise"}<${returnTypeArguments(op)}>`;
}

/** The type arguments of `returnType` (and of the transport call that produces it). */
export function returnTypeArguments(op: Operation): string {
  const errors = errorEntries(op);
  const map = errors.length > 0 ? `, ${statusMapText(errors)}` : "";
  if (op.stream) {
    const streamed = streamType(op.stream);
    return `${op.stream.when ? `${streamed} | ${successType(op)}` : streamed}${map}`;
  }
  return op.pagination ? `${successType(op)}, ${typeText(op.pagination.item)}${map}` : `${successType(op)}${map}`;
}

/**
 * The overloads of a call that streams by a condition on its body (the config's `when`): one
 * resolving to the stream, one to the declared success; none for any other call.
 */
export function overloads(op: Operation, args: Argument[]): Overload[] {
  if (!op.stream?.when) return [];
  const errors = errorEntries(op);
  const map = errors.length > 0 ? `, ${statusMapText(errors)}` : "";
  // The body follows the path parameters (its argument may be renamed where it would shadow).
  const bodyIndex = op.body ? op.pathParams.length : -1;
  return streamOverloads(op.stream, args, bodyIndex, `APIPromise<${streamType(op.stream)}${map}>`, `APIPromise<${successType(op)}${map}>`, returnType(op));
}
