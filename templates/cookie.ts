import type { ParameterSerializer, ParameterSpec } from "./operation.js";
import { encodeComponent } from "./scalar.js";
import { expand, explodeOf, formComponents, styleOf } from "./style.js";

/**
 * Cookie parameters in form style, as `name=value` cookies: exploded lists repeat the cookie,
 * exploded objects send one cookie per property, otherwise items join with `,`. Names and
 * values are percent-encoded, so no value can end its cookie or add another.
 */
export function cookieParams(
  parameters: readonly ParameterSpec[] | undefined,
): string[] {
  return (parameters ?? [])
    .filter((spec) => spec.in === "cookie")
    .flatMap((spec) => {
      const expansion = expand(spec);
      if (expansion === undefined) return [];
      const encode = (text: string): string => encodeComponent(spec.name, text);
      const explode = explodeOf(spec, styleOf(spec));
      return formComponents(spec.name, expansion, explode, encode, encode, ",");
    });
}

/** Cookie parameters, for a request's `serializers`. */
export const inCookie: ParameterSerializer = {
  in: "cookie",
  write: (parameters, into) => {
    into.cookies.push(...cookieParams(parameters));
  },
};

/** Appends cookies to a `cookie` header value the caller may already have set. */
export function appendCookies(
  existing: string | undefined,
  cookies: readonly string[],
): string | undefined {
  if (cookies.length === 0) return existing;
  const added = cookies.join("; ");
  return existing ? `${existing}; ${added}` : added;
}
