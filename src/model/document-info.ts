import type { SecurityScheme } from "./ir.js";
import { arrayField, entries, isJsonObject, objectField, stringField, type JsonObject } from "./json.js";

/** Server URLs with their variables replaced by the declared defaults. */
export function serverUrls(document: JsonObject): string[] {
  return (arrayField(document, "servers") ?? []).filter(isJsonObject).flatMap((server) => {
    const url = stringField(server, "url");
    if (url === undefined) return [];
    const variables = objectField(server, "variables") ?? {};
    return [
      url.replace(/\{([^{}]+)\}/g, (whole, name: string) => {
        const variable = objectField(variables, name);
        const fallback = variable && stringField(variable, "default");
        return fallback ?? whole;
      }),
    ];
  });
}

/** components.securitySchemes reduced to what the runtime needs to send credentials. */
export function securitySchemes(document: JsonObject): Record<string, SecurityScheme> {
  const raw = objectField(objectField(document, "components") ?? {}, "securitySchemes") ?? {};
  const result = Object.create(null) as Record<string, SecurityScheme>;
  for (const [name, node] of entries(raw)) {
    const scheme = isJsonObject(node) ? toScheme(node) : undefined;
    if (scheme) result[name] = scheme;
  }
  return result;
}

function toScheme(node: JsonObject): SecurityScheme | undefined {
  switch (stringField(node, "type")) {
    case "http":
      return { type: "http", scheme: (stringField(node, "scheme") ?? "bearer").toLowerCase() };
    case "apiKey": {
      const where = stringField(node, "in");
      const name = stringField(node, "name");
      if ((where === "header" || where === "query" || where === "cookie") && name !== undefined) {
        return { type: "apiKey", in: where, name };
      }
      return undefined;
    }
    case "oauth2":
      return { type: "oauth2" };
    case "openIdConnect":
      return { type: "openIdConnect" };
    default:
      return undefined;
  }
}
