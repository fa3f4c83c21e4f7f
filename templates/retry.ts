/** Longest server-requested wait we honour; openai-node#1840 shows scripts sleeping 30+ minutes without one. */
export const MAX_SERVER_RETRY_DELAY_MS = 60_000;
const INITIAL_RETRY_DELAY_MS = 500;
const MAX_RETRY_DELAY_MS = 8_000;
const MAX_JITTER = 0.25;

/**
 * Whether a response status is worth another attempt. The server's `x-should-retry` wins;
 * otherwise 408, 409 (lock contention), 429 and 5xx are transient, and so is a 403 that says
 * when to come back (GitHub's secondary rate limit); everything else is final.
 */
export function shouldRetry(status: number, headers: Headers): boolean {
  const hint = headers.get("x-should-retry");
  if (hint === "true") return true;
  if (hint === "false") return false;
  return (
    status === 408 ||
    status === 409 ||
    status === 429 ||
    status >= 500 ||
    (status === 403 && headers.has("retry-after"))
  );
}

function parseDelayMs(text: string | null): number | undefined {
  if (text === null || text.trim() === "") return undefined;
  const ms = Number(text);
  return Number.isFinite(ms) && ms >= 0 ? ms : undefined;
}

/** `retry-after-ms` (not standard, but sent by some APIs and more precise), then `retry-after` in seconds or as an HTTP date. */
function serverDelayMs(headers: Headers, now: number): number | undefined {
  const ms = parseDelayMs(headers.get("retry-after-ms"));
  if (ms !== undefined) return ms;
  const retryAfter = headers.get("retry-after")?.trim();
  if (!retryAfter) return undefined;
  if (/^\d+(\.\d+)?$/.test(retryAfter)) return Number(retryAfter) * 1000;
  const date = Date.parse(retryAfter);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/**
 * Milliseconds to wait before retry number `retryIndex` (0 for the first retry). Pure: the
 * clock and the random source are arguments. A server-requested delay is honoured up to
 * 60 s; otherwise exponential backoff from 0.5 s, capped at 8 s, minus up to 25 % jitter so
 * that many clients do not retry in lockstep.
 */
export function retryDelayMs(
  retryIndex: number,
  headers: Headers | undefined,
  now: number,
  random: number,
): number {
  const requested =
    headers === undefined ? undefined : serverDelayMs(headers, now);
  if (requested !== undefined)
    return Math.min(requested, MAX_SERVER_RETRY_DELAY_MS);
  const backoff = Math.min(
    INITIAL_RETRY_DELAY_MS * 2 ** retryIndex,
    MAX_RETRY_DELAY_MS,
  );
  return backoff * (1 - random * MAX_JITTER);
}
