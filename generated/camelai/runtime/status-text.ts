/**
 * Reason phrases (RFC 9110, 6585) for the statuses an API answers with most (those with an error
 * class, 402 and the gateway errors); the table is kept short because every client bundle carries
 * it, and a rarer status takes the phrase its response gave, if any (HTTP/1.1).
 */
const STATUS_TEXT: Readonly<Record<number, string>> = {
  400: "Bad Request",
  401: "Unauthorized",
  402: "Payment Required",
  403: "Forbidden",
  404: "Not Found",
  409: "Conflict",
  422: "Unprocessable Content",
  429: "Too Many Requests",
  500: "Internal Server Error",
  502: "Bad Gateway",
  503: "Service Unavailable",
  504: "Gateway Timeout",
};

/**
 * `"404 Not Found"`; for a status outside the table, the response's own phrase (`given`, HTTP/1.1
 * only), else just `"599"`.
 */
export function statusLine(status: number, given?: string): string {
  const text = STATUS_TEXT[status] ?? given;
  return text ? `${status} ${text}` : String(status);
}
