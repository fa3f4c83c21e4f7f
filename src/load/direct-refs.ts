import { pointerJoin } from "../model/diagnostics.js";
import { isJsonObject, type JsonObject } from "../model/json.js";
import { refTokens } from "../model/schema-context.js";
import { mapRefs } from "./map-refs.js";

/** Deeper than any chain of references a document needs; a longer one is a cycle. */
const MAX_HOPS = 64;

/**
 * The bundler writes references whose path runs through another reference
 * (`#/components/schemas/C/properties/g` where `C` is `{$ref: "#/components/schemas/A/properties/f"}`):
 * valid for JSON Reference, but a path no plain pointer lookup can follow. Rewrites each such `$ref`
 * to the direct path of its target; one that leads nowhere is left for the model to report.
 */
export function directRefs(document: JsonObject): JsonObject {
  // One answer per distinct reference: GitHub's document spells 1,800 references 10,000 times.
  const direct = new Map<string, string>();
  return mapRefs(document, (ref) => {
    let to = direct.get(ref);
    if (to === undefined) direct.set(ref, (to = directRef(document, ref)));
    return to;
  }) as JsonObject;
}

/** Whether `ref` already spells the path to its target that passes through no other reference. */
export function isDirect(document: JsonObject, ref: string): boolean {
  return directRef(document, ref) === ref;
}

function directRef(document: JsonObject, ref: string): string {
  if (!ref.startsWith("#")) return ref;
  const own = refTokens(ref);
  const tokens = directTokens(document, own, 0);
  // The path the reference spells already (nearly always): kept as written.
  if (tokens === undefined || (tokens.length === own.length && tokens.every((token, i) => token === own[i]))) return ref;
  return tokens.reduce((pointer, token) => pointerJoin(pointer, token.replace(/%/g, "%25")), "#");
}

/** The tokens of the path that reaches the target without passing through a `$ref`; undefined when none does. */
function directTokens(document: JsonObject, tokens: readonly string[], hops: number): readonly string[] | undefined {
  if (hops > MAX_HOPS) return undefined;
  let node: unknown = document;
  const path: string[] = [];
  for (const token of tokens) {
    for (let via = refAround(node, token); via !== undefined; via = refAround(node, token)) {
      if (++hops > MAX_HOPS) return undefined;
      const target = directTokens(document, refTokens(via), hops);
      if (target === undefined) return undefined;
      path.splice(0, path.length, ...target);
      node = target.reduce<unknown>((at, t) => (Array.isArray(at) ? at[Number(t)] : isJsonObject(at) ? at[t] : undefined), document);
    }
    if (Array.isArray(node) && /^\d+$/.test(token) && Number(token) < node.length) node = node[Number(token)];
    else if (isJsonObject(node) && Object.prototype.hasOwnProperty.call(node, token)) node = node[token];
    else return undefined;
    path.push(token);
  }
  return path;
}

/** The internal `$ref` of a reference object that lacks `token` itself (the path goes on in its target). */
function refAround(node: unknown, token: string): string | undefined {
  if (!isJsonObject(node) || Object.prototype.hasOwnProperty.call(node, token)) return undefined;
  const ref = node["$ref"];
  return typeof ref === "string" && ref.startsWith("#") ? ref : undefined;
}
