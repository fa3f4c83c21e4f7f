import type { Operation } from "../model/ir.js";
import { brokenObject, flatText, type ObjectLiteral } from "./literal.js";
import { pageShape } from "./page-shape.js";

/**
 * `return client.request({ ...one entry per line... }, options);` (or `requestPage` with the page
 * shape): the body of an operation function. The call's type arguments (the success body, the
 * page item, the error bodies by status) are inferred from the function's declared return type,
 * so they are written once.
 */
export function requestCall(op: Operation, request: ObjectLiteral): string {
  const head = op.pagination ? "return client.requestPage(" : "return client.request(";
  const page = op.pagination
    ? `, ${flatText(pageShape(op.pagination))}`
    : "";
  return `${head}${brokenObject(request)}, options${page});`;
}
