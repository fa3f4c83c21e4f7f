import type { NamedType, Operation, Param, ParamLocation } from "../model/ir.js";
import { constraintPhrase, constraintsOf } from "./constraint-docs.js";
import { jsDocCode } from "./escape.js";
import type { DocTag } from "./jsdoc.js";

type Types = ReadonlyMap<string, NamedType>;

/**
 * The `@param` tags of a method: one per path parameter (its description, constraints and default)
 * and one for the params object naming its members by location. The members are documented once,
 * on the params type's properties, which editors show where the object is written (completion and
 * hover inside `{ ... }`); a `params.<name>` tag per member repeated that text on every method
 * (400 KB of GitHub's client).
 */
export function paramTags(op: Operation, types: Types): DocTag[] {
  const tags = op.pathParams.map((p): DocTag => ({ tagName: "param", text: `${p.argName} ${paramText(p, types)}` }));
  if (op.paramsTypeName !== undefined && op.params.length > 0) {
    tags.push({ tagName: "param", text: `params ${membersText(op.params)} (each described on {@link ${op.paramsTypeName}})` });
  }
  return tags;
}

function paramText(p: Param, types: Types): string {
  const description = p.doc.description ?? p.doc.summary ?? p.doc.title ?? `Path parameter ${jsDocCode(p.wireName)}.`;
  const notes = constraintPhrase([...constraintsOf(p.schema, types), ...(p.doc.default === undefined ? [] : [{ tagName: "default", text: p.doc.default }])]);
  return notes === "" ? description : `${description} (${notes})`;
}

const LOCATIONS: ParamLocation[] = ["query", "header", "cookie"];

/** `query `page`, `page_size`; header `X-Id``. */
function membersText(params: Param[]): string {
  return LOCATIONS.flatMap((location) => {
    const names = params.filter((p) => p.in === location).map((p) => jsDocCode(p.wireName));
    return names.length === 0 ? [] : [`${location} ${names.join(", ")}`];
  }).join("; ");
}
