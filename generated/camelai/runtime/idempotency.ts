/**
 * Methods idempotent by definition (RFC 9110 §9.2.2, and QUERY, safe by its own definition); a
 * server may not safely see any other twice (POST, PATCH, and extension methods such as COPY).
 */
const IDEMPOTENT: readonly string[] = [
  "GET",
  "HEAD",
  "OPTIONS",
  "TRACE",
  "PUT",
  "DELETE",
  "QUERY",
];

interface CryptoGlobals {
  crypto?: {
    randomUUID?: () => string;
    getRandomValues?: (array: Uint8Array) => Uint8Array;
  };
}

/**
 * `randomUUID` exists only in secure contexts (HTTPS pages, Node, workers); elsewhere 128 random
 * bits in hex serve the same purpose, from `getRandomValues` where there is one.
 */
export function newIdempotencyKey(): string {
  const crypto = (globalThis as CryptoGlobals).crypto;
  if (crypto?.randomUUID) return crypto.randomUUID();
  const bytes = new Uint8Array(16).map(() => Math.random() * 256);
  crypto?.getRandomValues?.(bytes);
  return Array.from(bytes, (byte) => (byte + 256).toString(16).slice(1)).join(
    "",
  );
}

/**
 * The key for one call, made once so every retry repeats it and the server can recognise the
 * repeat. A key the caller gives is sent whatever the method; none is made up for idempotent ones.
 */
export function idempotencyKeyFor(
  method: string,
  given: string | undefined,
): string | undefined {
  if (given !== undefined) return given;
  return IDEMPOTENT.includes(method.toUpperCase())
    ? undefined
    : newIdempotencyKey();
}
