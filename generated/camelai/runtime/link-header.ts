/** One link of a `Link` header (RFC 8288): its target as written and its parameters, names lower-cased. */
export interface WebLink {
  href: string;
  /** The first occurrence of each parameter; a parameter without a value is `""`. */
  params: Readonly<Record<string, string>>;
}

const SPACE = " \t";

function skip(text: string, at: number, chars: string): number {
  while (at < text.length && chars.includes(text.charAt(at))) at++;
  return at;
}

/** A quoted-string starting at `at` (on its `"`): its unescaped value and where it ends. */
function quoted(text: string, at: number): [string, number] {
  let value = "";
  for (let i = at + 1; i < text.length; i++) {
    const char = text.charAt(i);
    if (char === '"') return [value, i + 1];
    if (char === "\\" && i + 1 < text.length) i++;
    value += text.charAt(i);
  }
  return [value, text.length];
}

/** A token (or a malformed bare value) starting at `at`, up to a delimiter. */
function token(text: string, at: number, stops: string): [string, number] {
  let end = at;
  while (end < text.length && !stops.includes(text.charAt(end))) end++;
  return [text.slice(at, end), end];
}

/** Past the rest of a link-value, quoted strings included, to the comma that ends it. */
function toNextLink(text: string, at: number): number {
  while (at < text.length && text.charAt(at) !== ",")
    at = text.charAt(at) === '"' ? quoted(text, at)[1] : at + 1;
  return at;
}

/** The parameters after a target: `; name[=token|"quoted"]`, each name's first occurrence kept. */
function parameters(text: string, at: number): [Record<string, string>, number] {
  const params: Record<string, string> = Object.create(null) as Record<string, string>;
  for (;;) {
    at = skip(text, at, SPACE);
    if (text.charAt(at) !== ";") return [params, at];
    at = skip(text, at + 1, SPACE);
    const [rawName, afterName] = token(text, at, `=;,${SPACE}`);
    at = skip(text, afterName, SPACE);
    let value = "";
    if (text.charAt(at) === "=") {
      at = skip(text, at + 1, SPACE);
      [value, at] =
        text.charAt(at) === '"' ? quoted(text, at) : token(text, at, `;,${SPACE}`);
    }
    const name = rawName.toLowerCase();
    if (name !== "" && !Object.hasOwn(params, name)) params[name] = value;
  }
}

/**
 * The links of a `Link` header field (RFC 8288 §3): `<target>; param=value; ...`, separated by
 * commas (also those of several header lines joined). Commas and semicolons inside `<...>` and
 * quoted strings belong to them; a malformed link-value is skipped.
 */
export function parseLinkHeader(value: string): WebLink[] {
  const links: WebLink[] = [];
  let at = 0;
  while (at < value.length) {
    at = skip(value, at, `,${SPACE}`);
    if (at >= value.length) break;
    const close = value.indexOf(">", at);
    if (value.charAt(at) !== "<" || close < 0) {
      at = toNextLink(value, at);
      continue;
    }
    const href = value.slice(at + 1, close).trim();
    const [params, end] = parameters(value, close + 1);
    links.push({ href, params });
    at = toNextLink(value, end);
  }
  return links;
}

/**
 * The target of the header's first link whose relation types (space-separated, case-insensitive)
 * include `rel`, when its context is the page itself (no `anchor`, or one naming `base`).
 */
export function linkWithRel(
  header: string | null,
  rel: string,
  base: string,
): string | undefined {
  if (header === null) return undefined;
  const wanted = rel.toLowerCase();
  for (const link of parseLinkHeader(header)) {
    const rels = (link.params["rel"] ?? "").toLowerCase().split(/[ \t]+/);
    if (!rels.includes(wanted)) continue;
    const anchor = link.params["anchor"];
    if (anchor !== undefined && !sameResource(anchor, base)) continue;
    return link.href;
  }
  return undefined;
}

function sameResource(anchor: string, base: string): boolean {
  try {
    const url = new URL(anchor, base);
    const page = new URL(base);
    url.hash = "";
    page.hash = "";
    return url.href === page.href;
  } catch {
    return false;
  }
}
