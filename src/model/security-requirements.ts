import type { Resource, SecurityScheme } from "./ir.js";

/** Alternatives a requirement is split into at most; a requirement beyond it stays as written. */
const MAX_ALTERNATIVES = 64;

/**
 * The header a scheme's credential is sent in, which holds one credential: `Authorization` for
 * every HTTP, OAuth 2 and OpenID Connect scheme, its own header for an API key. Query and cookie
 * keys (which may repeat) and unknown schemes have a place of their own.
 */
function headerOf(scheme: SecurityScheme | undefined, name: string): string {
  if (scheme === undefined || (scheme.type === "apiKey" && scheme.in !== "header")) return `\0${name}`;
  return scheme.type === "apiKey" ? scheme.name.toLowerCase() : "authorization";
}

/**
 * A requirement whose schemes share a header cannot send a credential for each: the header holds
 * one. Google's documents require `Oauth2` and `Oauth2c` together (two flows of one token), so
 * one token must meet them. Such a requirement becomes one alternative per choice of a scheme for
 * each header (`[Oauth2, Oauth2c]` -> `[Oauth2]` or `[Oauth2c]`); the others stay as they are.
 */
export function oneCredentialPerHeader(security: string[][], schemes: Readonly<Record<string, SecurityScheme>>): string[][] {
  const alternatives = security.flatMap((requirement) => alternativesOf(requirement, schemes));
  return [...new Map(alternatives.map((requirement) => [requirement.join("\0"), requirement])).values()];
}

function alternativesOf(requirement: string[], schemes: Readonly<Record<string, SecurityScheme>>): string[][] {
  const byHeader = new Map<string, string[]>();
  for (const name of requirement) {
    const header = headerOf(schemes[name], name);
    byHeader.set(header, [...(byHeader.get(header) ?? []), name]);
  }
  const choices = [...byHeader.values()];
  const count = choices.reduce((product, names) => product * names.length, 1);
  if (count === 1 || count > MAX_ALTERNATIVES) return [requirement];
  let alternatives: string[][] = [[]];
  for (const names of choices) alternatives = alternatives.flatMap((chosen) => names.map((name) => [...chosen, name]));
  return alternatives.map((chosen) => chosen.sort());
}

/** Every operation's security with {@link oneCredentialPerHeader}. */
export function withOneCredentialPerHeader(resources: Resource[], schemes: Readonly<Record<string, SecurityScheme>>): Resource[] {
  return resources.map((resource) => ({
    ...resource,
    operations: resource.operations.map((op) => ({ ...op, security: oneCredentialPerHeader(op.security, schemes) })),
  }));
}
