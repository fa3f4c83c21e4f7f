import type { ApiModel } from "../model/ir.js";
import type { ApiDiff, Change } from "./change.js";
import { compareOperations } from "./compare-operations.js";
import { compareSchemes } from "./compare-security.js";
import { compareTypes } from "./compare-types.js";
import { SECTIONS, sectionOf } from "./sections.js";
import { inlineShapeNames, typeIndex } from "./usage.js";

/** Every client-visible change from `before` to `after`, classified, in a fixed order. Pure. */
export function diffSpecs(before: ApiModel, after: ApiModel): ApiDiff {
  const changes: Change[] = [];
  const inline = new Set([...inlineShapeNames(before), ...inlineShapeNames(after)]);
  const ctx = { old: typeIndex(before), new: typeIndex(after), inline, emit: (c: Change) => void changes.push(c) };
  compareOperations(before, after, ctx);
  compareTypes(before, after, ctx);
  compareSchemes(before.securitySchemes, after.securitySchemes, ctx.emit);
  const sorted = sortChanges(changes);
  const breaking = sorted.filter((c) => c.breaking).length;
  return { summary: { breaking, nonBreaking: sorted.length - breaking }, changes: sorted };
}

/** By section, then location; ties keep discovery order (e.g. enum values in declaration order). */
export function sortChanges(changes: Change[]): Change[] {
  const rank = (c: Change) => SECTIONS.indexOf(sectionOf(c.kind));
  return [...changes].sort((a, b) => rank(a) - rank(b) || (a.location < b.location ? -1 : a.location > b.location ? 1 : 0));
}
