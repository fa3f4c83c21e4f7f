import type { Operation } from "../model/ir.js";
import { stringLiteral } from "./escape.js";
import { brokenObject, flatText, type ObjectLiteral } from "./literal.js";
import { successType } from "./operation-signature.js";
import { typeText } from "./type-text.js";

/**
 * `return APIClient.request<R>(client, { ...one entry per line... }, options);` (or `requestPage`
 * with the page shape): the body of an operation function. The transport is a static member, so
 * the client's instance names stay free for resources (`client.request`).
 */
export function requestCall(op: Operation, request: ObjectLiteral): string {
  const result = successType(op);
  const head = op.pagination ? `return APIClient.requestPage<${result}, ${typeText(op.pagination.item)}>(client, ` : `return APIClient.request<${result}>(client, `;
  const page = op.pagination
    ? `, ${flatText({ entries: [["items", stringLiteral(op.pagination.itemsProperty)], ["next", stringLiteral(op.pagination.nextProperty)]] })}`
    : "";
  return `${head}${brokenObject(request)}, options${page});`;
}
