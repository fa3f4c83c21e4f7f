import type { Operation } from "../model/ir.js";
import { keyText } from "./type-text.js";

/** `POST /api/v1/sources/`: how an operation is named in a report. */
export function operationLocation(op: Operation): string {
  return `${op.httpMethod} ${op.path}`;
}

export function fieldLocation(parent: string, name: string): string {
  return `${parent}.${keyText(name)}`;
}

export function itemsLocation(parent: string): string {
  return `${parent}[]`;
}

/** Keys that are not declared properties. */
export function additionalLocation(parent: string): string {
  return `${parent}.*`;
}
