import type { Operation } from "../model/ir.js";
import { literalText, type ObjectLiteral } from "./literal.js";
import { returnTypeArguments } from "./operation-signature.js";
import { pageShape } from "./page-shape.js";

/**
 * `return APIClient.request(client, { ...one entry per line... }, options);` (or `requestPage`
 * with the page shape): the body of an operation function. The transport is a static member, so
 * the client's instance names stay free for resources (`client.request`). The call's type
 * arguments (the success body, the page item, the error bodies by status) are written on the call
 * and the function's return type is inferred from it: tsc then neither infers them from a declared
 * return type (checking the request literal twice) nor compares two spellings of the same type.
 */
export function requestCall(op: Operation, request: ObjectLiteral): string {
  const head = `return APIClient.${op.pagination ? "requestPage" : "request"}<${returnTypeArguments(op)}>(client, `;
  const page = op.pagination
    ? `, ${literalText(pageShape(op.pagination))}`
    : "";
  return `${head}${literalText(request, 1)}, options${page});`;
}
