/** Shown in place of a secret. */
export const REDACTED = "***";

/** Header values never logged, whatever the schema says. */
const ALWAYS_REDACTED_HEADERS = [
  "authorization",
  "cookie",
  "set-cookie",
  "x-api-key",
  "proxy-authorization",
];

/**
 * Shorter secrets are not searched for in free text: replacing every `"abc"` would garble the
 * logs. Names still redact them wherever they are sent.
 */
const MIN_SCRUBBED_LENGTH = 4;

/** How deep `cause` looks into a foreign error for a secret (errors nest causes and sockets). */
const MAX_CAUSE_DEPTH = 3;
/** Error bodies are shallow: a secret nested deeper is not looked for, and deeper values of a copy are dropped. */
const MAX_BODY_DEPTH = 32;

export interface RedactionRules {
  /** Header names whose values are secret, besides the usual ones. */
  headers: Iterable<string>;
  /** Query parameter names whose values are secret. */
  query: Iterable<string>;
  /** Secret values, replaced wherever they appear in text. */
  secrets: Iterable<string>;
}

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

function decodeName(raw: string): string {
  try {
    return decodeURIComponent(raw.replace(/\+/g, " "));
  } catch {
    return raw;
  }
}

/** Removes secrets from what the client logs and from the errors it raises (bodies and causes). */
export class Redactor {
  readonly #headers: Set<string>;
  readonly #query: Set<string>;
  /** Raw and percent-encoded forms, longest first so a prefixed key is replaced whole. */
  readonly #secrets: string[];

  constructor(rules: RedactionRules) {
    this.#headers = new Set(ALWAYS_REDACTED_HEADERS);
    for (const name of rules.headers) this.#headers.add(name.toLowerCase());
    this.#query = new Set(rules.query);
    const secrets = new Set<string>();
    for (const secret of rules.secrets) {
      if (secret.length < MIN_SCRUBBED_LENGTH) continue;
      secrets.add(secret);
      const encoded = encodedForm(secret);
      if (encoded !== undefined) secrets.add(encoded);
    }
    this.#secrets = [...secrets].sort((a, b) => b.length - a.length);
  }

  text(text: string): string {
    let result = text;
    for (const secret of this.#secrets)
      result = result.split(secret).join(REDACTED);
    return result;
  }

  /** Values of credential query parameters and any user-info become `***`. */
  url(url: string): string {
    const withoutUserInfo = url.replace(
      /^([a-z][a-z0-9+.-]*:\/\/)[^/?#@]*@/i,
      `$1${REDACTED}@`,
    );
    const start = withoutUserInfo.indexOf("?");
    if (start < 0) return this.text(withoutUserInfo);
    const hash = withoutUserInfo.indexOf("#", start);
    const end = hash < 0 ? withoutUserInfo.length : hash;
    const query = withoutUserInfo
      .slice(start + 1, end)
      .split("&")
      .map((part) => {
        const equals = part.indexOf("=");
        const name = equals < 0 ? part : part.slice(0, equals);
        return this.#query.has(decodeName(name)) ? `${name}=${REDACTED}` : part;
      })
      .join("&");
    return this.text(
      `${withoutUserInfo.slice(0, start + 1)}${query}${withoutUserInfo.slice(end)}`,
    );
  }

  headers(headers: Headers): Record<string, string> {
    const record: Record<string, string> = {};
    headers.forEach((value, name) => {
      defineValue(
        record,
        name,
        this.#headers.has(name) ? REDACTED : this.text(value),
      );
    });
    return record;
  }

  /**
   * An error body as an error may carry it: unchanged, unless the server echoed a secret back
   * (some APIs quote the key they rejected), in which case a copy with the secret replaced.
   */
  body(body: unknown): unknown {
    return this.#mentionsSecret(body, 0, MAX_BODY_DEPTH)
      ? this.#copy(body, 0)
      : body;
  }

  #copy(value: unknown, depth: number): unknown {
    if (typeof value === "string") return this.text(value);
    if (typeof value !== "object" || value === null) return value;
    if (depth > MAX_BODY_DEPTH) return REDACTED;
    if (Array.isArray(value))
      return value.map((item: unknown) => this.#copy(item, depth + 1));
    const copy: Record<string, unknown> = {};
    for (const key of Object.keys(value))
      defineValue(
        copy,
        this.text(key),
        this.#copy((value as Record<string, unknown>)[key], depth + 1),
      );
    return copy;
  }

  /**
   * A thrown error as it may be kept as a `cause`: unchanged, unless a secret shows up in it (some
   * `fetch` implementations quote the request URL), in which case a plain copy of its message.
   */
  cause(error: unknown): unknown {
    if (!this.#mentionsSecret(error, 0, MAX_CAUSE_DEPTH)) return error;
    const name = error instanceof Error ? error.name : "Error";
    const message = error instanceof Error ? error.message : String(error);
    return new Error(this.text(`${name}: ${message}`));
  }

  #mentionsSecret(value: unknown, depth: number, maxDepth: number): boolean {
    if (this.#secrets.length === 0 || depth > maxDepth) return false;
    if (typeof value === "string")
      return this.#secrets.some((secret) => value.includes(secret));
    if (typeof value !== "object" || value === null) return false;
    try {
      const fields: unknown[] =
        value instanceof Error ? [value.message, value.stack, value.cause] : [];
      fields.push(...Object.keys(value), ...Object.values(value));
      return fields.some((field) =>
        this.#mentionsSecret(field, depth + 1, maxDepth),
      );
    } catch {
      // A getter that throws hides what it holds; treat it as if it held a secret.
      return true;
    }
  }
}
