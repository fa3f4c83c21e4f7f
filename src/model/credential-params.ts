import { toScheme } from "./document-info.js";
import { entries, isJsonObject, objectField, type JsonObject } from "./json.js";
import type { LocatedParam } from "./parameters.js";
import type { SchemaContext } from "./schema-context.js";

/**
 * `in:name` of each apiKey scheme that every requirement names (a header's name lower-cased, as
 * HTTP compares it): a credential every authenticated call sends. A scheme one alternative leaves
 * out (trello.com lists `key` and `token` as alternatives, while its server wants both) may need
 * its parameter to travel beside the other alternative's credential.
 */
function credentialPlaces(security: string[][], document: JsonObject): Map<string, string> {
  const schemes = objectField(objectField(document, "components") ?? {}, "securitySchemes") ?? {};
  const places = new Map<string, string>();
  for (const [name, node] of entries(schemes)) {
    if (security.length === 0 || !security.every((requirement) => requirement.includes(name))) continue;
    const scheme = isJsonObject(node) ? toScheme(node) : undefined;
    if (scheme?.type === "apiKey") places.set(placeOf(scheme.in, scheme.name), name);
  }
  return places;
}

function placeOf(where: string, name: string): string {
  return `${where}:${where === "header" ? name.toLowerCase() : name}`;
}

/**
 * The parameters less those an apiKey scheme of the operation's security always sends (the same
 * location and name: fec.gov declares `api_key` as a query parameter and as its scheme). The
 * credential carries the value; as an argument too it would be sent twice.
 */
export function withoutCredentialParams(located: LocatedParam[], security: string[][], ctx: SchemaContext): LocatedParam[] {
  const places = credentialPlaces(security, ctx.document);
  if (places.size === 0) return located;
  return located.filter(({ param, pointer }) => {
    const place = placeOf(param.in, param.wireName);
    const scheme = places.get(place);
    if (scheme === undefined) return true;
    ctx.sink.warnOnce(
      place,
      "credential-parameter",
      pointer,
      `${param.in} parameter ${JSON.stringify(param.wireName)} is what the security scheme ${JSON.stringify(scheme)} sends; the client sends it from that credential (the \`apiKey\` option or \`credentials\`), not as an argument, here and wherever an operation declares it beside that scheme`,
    );
    return false;
  });
}
