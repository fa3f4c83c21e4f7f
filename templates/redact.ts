/** Shown in place of a secret. */
export const REDACTED = "***";

/**
 * Shorter secrets are not searched for in free text: replacing every `"abc"` would garble the
 * logs. Names still redact them wherever they are sent.
 */
const MIN_SCRUBBED_LENGTH = 4;

/** How deep `redactCause` looks into a foreign error for a secret (errors nest causes and sockets). */
const MAX_CAUSE_DEPTH = 3;

/** Sets an own property even when the key is `__proto__`, which plain assignment would turn into a prototype change. */
export function defineValue(
  target: Record<string, unknown>,
  key: string,
  value: unknown,
): void {
  Object.defineProperty(target, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}

function encodedForm(secret: string): string | undefined {
  try {
    return encodeURIComponent(secret);
  } catch {
    // A lone surrogate cannot be percent-encoded, so it cannot appear encoded either.
    return undefined;
  }
}

/** The forms a secret is searched for in: raw and percent-encoded, longest first so a prefixed key is replaced whole. */
export function secretForms(secrets: Iterable<string>): string[] {
  const forms = new Set<string>();
  for (const secret of secrets) {
    if (secret.length < MIN_SCRUBBED_LENGTH) continue;
    forms.add(secret);
    const encoded = encodedForm(secret);
    if (encoded !== undefined) forms.add(encoded);
    // As JSON writes it inside a string, where `"`, `\` and control characters are escaped.
    forms.add(JSON.stringify(secret).slice(1, -1));
  }
  return [...forms].sort((a, b) => b.length - a.length);
}

/** `text` with every secret form (from `secretForms`) replaced by `***`. */
export function scrubText(text: string, secrets: readonly string[]): string {
  let result = text;
  for (const secret of secrets) result = result.split(secret).join(REDACTED);
  return result;
}

function mentionsSecret(
  value: unknown,
  secrets: readonly string[],
  depth: number,
): boolean {
  if (secrets.length === 0 || depth > MAX_CAUSE_DEPTH) return false;
  if (typeof value === "string")
    return secrets.some((secret) => value.includes(secret));
  if (typeof value !== "object" || value === null) return false;
  try {
    const fields: unknown[] =
      value instanceof Error ? [value.message, value.stack, value.cause] : [];
    fields.push(...Object.keys(value), ...Object.values(value));
    return fields.some((field) => mentionsSecret(field, secrets, depth + 1));
  } catch {
    // A getter that throws hides what it holds; treat it as if it held a secret.
    return true;
  }
}

/**
 * An error body as an error may carry it: unchanged, unless the server echoed a secret back
 * (some APIs quote the key they rejected), in which case a copy with the secret replaced. The
 * copy is made through JSON text, which holds every key and string of the body; should the
 * replacement leave it unparseable (a secret of digits written as a number), the text is the body.
 */
export function redactBody(body: unknown, secrets: readonly string[]): unknown {
  if (secrets.length === 0) return body;
  const text = typeof body === "string" ? body : JSON.stringify(body);
  if (text === undefined) return body;
  const scrubbed = scrubText(text, secrets);
  if (scrubbed === text) return body;
  try {
    return typeof body === "string"
      ? scrubbed
      : (JSON.parse(scrubbed) as unknown);
  } catch {
    return scrubbed;
  }
}

/**
 * A thrown error as it may be kept as a `cause`: unchanged, unless a secret shows up in it (some
 * `fetch` implementations quote the request URL), in which case a plain copy of its message.
 */
export function redactCause(
  error: unknown,
  secrets: readonly string[],
): unknown {
  if (!mentionsSecret(error, secrets, 0)) return error;
  const name = error instanceof Error ? error.name : "Error";
  const message = error instanceof Error ? error.message : String(error);
  return new Error(scrubText(`${name}: ${message}`, secrets));
}
