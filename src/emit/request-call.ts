import type { Operation } from "../model/ir.js";
import { literalText, type ObjectLiteral } from "./literal.js";
import { pageShape } from "./page-shape.js";

/**
 * `return APIClient.request(client, { ...one entry per line... }, options);` (or `requestPage`
 * with the page shape): the body of an operation function. The transport is a static member, so
 * the client's instance names stay free for resources (`client.request`). The call's type
 * arguments (the success body, the page item, the error bodies by status) are inferred from the
 * function's declared return type, so they are written once.
 */
export function requestCall(op: Operation, request: ObjectLiteral): string {
  const head = op.pagination ? "return APIClient.requestPage(client, " : "return APIClient.request(client, ";
  const page = op.pagination
    ? `, ${literalText(pageShape(op.pagination))}`
    : "";
  return `${head}${literalText(request, 1)}, options${page});`;
}
