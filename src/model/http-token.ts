/** RFC 9110 §5.6.2 token: what a method, a header name (or a cookie name) may be; fetch refuses others. */
const HTTP_TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

export function isHttpToken(text: string): boolean {
  return HTTP_TOKEN.test(text);
}
