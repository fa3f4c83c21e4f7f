import type { NamedType, Operation, Param, ParamLocation } from "../model/ir.js";
import { constraintPhrase, constraintsOf } from "./constraint-docs.js";
import { jsDocCode } from "./escape.js";
import type { DocTag } from "./jsdoc.js";

type Types = ReadonlyMap<string, NamedType>;

/**
 * The `@param` tags of a method: one per path parameter and one per query parameter
 * (`params.page`; its description, constraints and default), and one for the params object naming
 * its members by location. Every member is also documented on the params type's properties, which
 * editors show where the object is written (completion and hover inside `{ ... }`). A query name
 * that is not an identifier (`filter[name]`) cannot follow `params.` and is documented there only.
 */
export function paramTags(op: Operation, types: Types): DocTag[] {
  const tags = op.pathParams.map((p): DocTag => ({ tagName: "param", text: `${p.argName} ${paramText(p, "Path", types)}` }));
  if (op.paramsTypeName !== undefined && op.params.length > 0) {
    tags.push({ tagName: "param", text: `params ${membersText(op.params)} (each described on {@link ${op.paramsTypeName}})` });
    for (const p of op.params) {
      const location = p.in === "query" ? "Query" : p.in === "querystring" ? "Query string" : undefined;
      if (location !== undefined && IDENTIFIER.test(p.wireName)) tags.push({ tagName: "param", text: `params.${p.wireName} ${paramText(p, location, types)}` });
    }
  }
  return tags;
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

function paramText(p: Param, location: "Path" | "Query" | "Query string", types: Types): string {
  const description = p.doc.description ?? p.doc.summary ?? p.doc.title ?? `${location} parameter ${jsDocCode(p.wireName)}.`;
  const notes = constraintPhrase([...constraintsOf(p.schema, types), ...(p.doc.default === undefined ? [] : [{ name: "default", value: p.doc.default }])]);
  return notes === "" ? description : `${description} (${notes})`;
}

const LOCATIONS: ParamLocation[] = ["query", "querystring", "header", "cookie"];

/** `query `page`, `page_size`; header `X-Id``. */
function membersText(params: Param[]): string {
  return LOCATIONS.flatMap((location) => {
    const names = params.filter((p) => p.in === location).map((p) => jsDocCode(p.wireName));
    return names.length === 0 ? [] : [`${location} ${names.join(", ")}`];
  }).join("; ");
}
