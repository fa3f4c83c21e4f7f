import { pointerJoin, type DiagnosticSink } from "./diagnostics.js";
import type { SecurityScheme } from "./ir.js";
import { arrayField, entries, isJsonObject, objectField, stringField, type JsonObject } from "./json.js";
import { isHttpToken } from "./http-token.js";

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

/**
 * The server an operation names for itself: the first of its own `servers`, else of its path
 * item's, when that is not the document's first (GitHub's release asset upload goes to
 * uploads.github.com, Box's uploads to upload.box.com).
 */
export function operationServer(operation: JsonObject, pathItem: JsonObject, document: JsonObject): string | undefined {
  const own = serverUrls(operation)[0] ?? serverUrls(pathItem)[0];
  if (own === undefined) return undefined;
  const server = withoutTrailingSlash(own);
  return server !== withoutTrailingSlash(serverUrls(document)[0] ?? "") ? server : undefined;
}

/** `https://files.stripe.com/` as `https://files.stripe.com`: the path that follows starts with its own `/`. */
const withoutTrailingSlash = (url: string): string => url.replace(/(?<=.)\/+$/, "");

/** components.securitySchemes reduced to what the runtime needs to send credentials. */
export function securitySchemes(document: JsonObject, sink: DiagnosticSink): Record<string, SecurityScheme> {
  const raw = objectField(objectField(document, "components") ?? {}, "securitySchemes") ?? {};
  const result = Object.create(null) as Record<string, SecurityScheme>;
  for (const [name, node] of entries(raw)) {
    const scheme = isJsonObject(node) ? toScheme(node) : undefined;
    // fetch refuses a header that is no HTTP token on every request, whichever scheme the call uses.
    if (scheme?.type === "apiKey" && scheme.in !== "query" && !isHttpToken(scheme.name)) {
      const pointer = pointerJoin("#/components/securitySchemes", name, "name");
      sink.warn("invalid-security-scheme", pointer, `${JSON.stringify(scheme.name)} is not a valid ${scheme.in} name; the scheme is left out`);
    } else if (scheme) result[name] = scheme;
  }
  return result;
}

/** One Security Scheme Object as the runtime sends it; undefined when it names no way to send a credential. */
export function toScheme(node: JsonObject): SecurityScheme | undefined {
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
