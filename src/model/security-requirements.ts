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

/**
 * Requirements that need HTTP basic go after the others, their order kept: the client uses the
 * first requirement it has credentials for, and `apiKey` meets a basic scheme too (as a user-id,
 * Stripe's way), so a schema that lists Basic before its API key header (Adyen's) would have the
 * key sent as a user name.
 */
export function basicLast(security: string[][], schemes: Readonly<Record<string, SecurityScheme>>): string[][] {
  const needsBasic = (requirement: string[]) =>
    requirement.some((name) => {
      const scheme = schemes[name];
      return scheme?.type === "http" && scheme.scheme.toLowerCase() === "basic";
    });
  return [...security.filter((r) => !needsBasic(r)), ...security.filter(needsBasic)];
}

/** Every operation's security as the client tries it: {@link oneCredentialPerHeader}, then {@link basicLast}. */
export function withSecurityAlternatives(resources: Resource[], schemes: Readonly<Record<string, SecurityScheme>>): Resource[] {
  return resources.map((resource) => ({
    ...resource,
    operations: resource.operations.map((op) => ({ ...op, security: basicLast(oneCredentialPerHeader(op.security, schemes), schemes) })),
  }));
}
