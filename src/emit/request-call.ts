import type { Operation } from "../model/ir.js";
import { brokenObject, flatText, type ObjectLiteral } from "./literal.js";
import { successType } from "./operation-signature.js";
import { pageShape } from "./page-shape.js";
import { typeText } from "./type-text.js";

/**
 * `return client.request<R>({ ...one entry per line... }, options);` (or `requestPage` with the
 * page shape): the body of an operation function.
 */
export function requestCall(op: Operation, request: ObjectLiteral): string {
  const result = successType(op);
  const head = op.pagination ? `return client.requestPage<${result}, ${typeText(op.pagination.item)}>(` : `return client.request<${result}>(`;
  const page = op.pagination
    ? `, ${flatText(pageShape(op.pagination))}`
    : "";
  return `${head}${brokenObject(request)}, options${page});`;
}
