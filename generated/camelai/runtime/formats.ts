/**
 * String formats the generated guards check, dependency-free. Each mirrors the "full" mode of
 * ajv-formats 3 (the oracle of the differential tests), including its quirks, so a guard and ajv
 * agree on every string:
 *
 * - date: RFC 3339 full-date with real month lengths (leap years per RFC 3339 appendix C).
 * - time: RFC 3339 time; the time zone is required; a leap second (:60) only at 23:59 UTC.
 * - date-time: date, one separator ("T", "t" or any whitespace), time.
 * - email, hostname, ipv4, ipv6, uuid, uri, byte: ajv-formats' regular expressions, verbatim.
 *
 * Formats not listed here are not checked (JSON Schema treats unknown formats as annotations).
 */

const DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

/** The value of the decimal digit at `index`, or -1 when it is not an ASCII digit. */
function digit(text: string, index: number): number {
  const code = text.charCodeAt(index);
  return code >= 48 && code <= 57 ? code - 48 : -1;
}

/** Two ASCII digits at `index` as a number, or -1. */
function twoDigits(text: string, index: number): number {
  const high = digit(text, index);
  const low = digit(text, index + 1);
  return high < 0 || low < 0 ? -1 : high * 10 + low;
}

/** `YYYY-MM-DD` occupying exactly text[start, start + 10). */
function isDateAt(text: string, start: number): boolean {
  const century = twoDigits(text, start);
  const yearInCentury = twoDigits(text, start + 2);
  const month = twoDigits(text, start + 5);
  const day = twoDigits(text, start + 8);
  if (century < 0 || yearInCentury < 0 || month < 0 || day < 0) return false;
  if (text.charCodeAt(start + 4) !== 45 || text.charCodeAt(start + 7) !== 45)
    return false;
  const year = century * 100 + yearInCentury;
  if (month < 1 || month > 12 || day < 1) return false;
  return (
    day <= (month === 2 && isLeapYear(year) ? 29 : (DAYS[month] as number))
  );
}

/**
 * `hh:mm:ss[.fraction](Z|±hh[[:]mm])` occupying text[start, end), as ajv-formats' TIME pattern
 * and strict-time-zone check read it: fields are any two digits, then the ranges below decide.
 */
function isTimeAt(text: string, start: number, end: number): boolean {
  const hour = twoDigits(text, start);
  const minute = twoDigits(text, start + 3);
  const whole = twoDigits(text, start + 6);
  if (end - start < 9 || hour < 0 || minute < 0 || whole < 0) return false;
  if (text.charCodeAt(start + 2) !== 58 || text.charCodeAt(start + 5) !== 58)
    return false;
  let index = start + 8;
  let second = whole;
  if (text.charCodeAt(index) === 46) {
    let fractionEnd = index + 1;
    while (fractionEnd < end && digit(text, fractionEnd) >= 0) fractionEnd++;
    if (fractionEnd === index + 1) return false;
    // ajv-formats compares the parsed number, so 59.99999999999999999 rounds to 60.
    second = Number(text.slice(start + 6, fractionEnd));
    index = fractionEnd;
  }
  if (index >= end) return false;
  const zone = text.charCodeAt(index);
  let sign = 1;
  let zoneHour = 0;
  let zoneMinute = 0;
  if (zone === 90 || zone === 122) {
    if (index + 1 !== end) return false;
  } else if (zone === 43 || zone === 45) {
    sign = zone === 45 ? -1 : 1;
    zoneHour = twoDigits(text, index + 1);
    if (zoneHour < 0) return false;
    const rest = end - (index + 3);
    if (rest === 2) zoneMinute = twoDigits(text, index + 3);
    else if (rest === 3 && text.charCodeAt(index + 3) === 58)
      zoneMinute = twoDigits(text, index + 4);
    else if (rest !== 0) return false;
    if (zoneMinute < 0) return false;
  } else return false;
  if (zoneHour > 23 || zoneMinute > 59) return false;
  if (hour <= 23 && minute <= 59 && second < 60) return true;
  // A leap second: 23:59:60 in UTC.
  const utcMinute = minute - zoneMinute * sign;
  const utcHour = hour - zoneHour * sign - (utcMinute < 0 ? 1 : 0);
  return (
    (utcHour === 23 || utcHour === -1) &&
    (utcMinute === 59 || utcMinute === -1) &&
    second < 61
  );
}

/** The characters ajv-formats splits a date-time at: "t", "T" and JavaScript's `\s`. */
function isDateTimeSeparator(code: number): boolean {
  switch (code) {
    case 0x54:
    case 0x74:
    case 0x09:
    case 0x0a:
    case 0x0b:
    case 0x0c:
    case 0x0d:
    case 0x20:
    case 0xa0:
    case 0x1680:
    case 0x2028:
    case 0x2029:
    case 0x202f:
    case 0x205f:
    case 0x3000:
    case 0xfeff:
      return true;
    default:
      return code >= 0x2000 && code <= 0x200a;
  }
}

export function isDate(value: string): boolean {
  return value.length === 10 && isDateAt(value, 0);
}

export function isTime(value: string): boolean {
  return isTimeAt(value, 0, value.length);
}

export function isDateTime(value: string): boolean {
  return (
    value.length > 11 &&
    isDateTimeSeparator(value.charCodeAt(10)) &&
    isDateAt(value, 0) &&
    isTimeAt(value, 11, value.length)
  );
}

const EMAIL =
  /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i;

const HOSTNAME =
  /^(?=.{1,253}\.?$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[-0-9a-z]{0,61}[0-9a-z])?)*\.?$/i;

const IPV4 =
  /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/;

const IPV6 =
  /^((([0-9a-f]{1,4}:){7}([0-9a-f]{1,4}|:))|(([0-9a-f]{1,4}:){6}(:[0-9a-f]{1,4}|((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){5}(((:[0-9a-f]{1,4}){1,2})|:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){4}(((:[0-9a-f]{1,4}){1,3})|((:[0-9a-f]{1,4})?:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){3}(((:[0-9a-f]{1,4}){1,4})|((:[0-9a-f]{1,4}){0,2}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){2}(((:[0-9a-f]{1,4}){1,5})|((:[0-9a-f]{1,4}){0,3}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){1}(((:[0-9a-f]{1,4}){1,6})|((:[0-9a-f]{1,4}){0,4}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(:(((:[0-9a-f]{1,4}){1,7})|((:[0-9a-f]{1,4}){0,5}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:)))$/i;

const UUID = /^(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i;

const NOT_URI_FRAGMENT = /\/|:/;

const URI =
  /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)(?:\?(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i;

// ajv-formats' byte pattern is multiline: a string passes when one of its lines is base64.
const BYTE =
  /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/m;

export function isEmail(value: string): boolean {
  return EMAIL.test(value);
}

export function isHostname(value: string): boolean {
  return HOSTNAME.test(value);
}

export function isIpv4(value: string): boolean {
  return IPV4.test(value);
}

export function isIpv6(value: string): boolean {
  return IPV6.test(value);
}

export function isUuid(value: string): boolean {
  return UUID.test(value);
}

/** An absolute URI (RFC 3986), as ajv-formats checks it: a scheme, then a fragment-free-looking rest. */
export function isUri(value: string): boolean {
  return (
    isPlainHttpUrl(value) || (NOT_URI_FRAGMENT.test(value) && URI.test(value))
  );
}

/**
 * A fast path for the common shape `http(s)://host[:port][/path][?query][#fragment]` with plain
 * characters only (no `%`, no userinfo, no IP literal). Every string it matches is in the
 * language of URI above (scheme, `//`, a reg-name host, port digits, path-abempty, query and
 * fragment characters are each a subset of that pattern's) and contains ":", so it never changes
 * a verdict; any other string goes to the full pattern, which is several times slower.
 */
const PLAIN_HTTP_URL =
  /^https?:\/\/[a-z0-9.-]+(?::\d+)?(?:\/[a-z0-9\-._~!$&'()*+,;=:@]*)*(?:\?[a-z0-9\-._~!$&'()*+,;=:@/?]*)?(?:#[a-z0-9\-._~!$&'()*+,;=:@/?]*)?$/i;

function isPlainHttpUrl(value: string): boolean {
  return PLAIN_HTTP_URL.test(value);
}

/** Base64 (RFC 4648), with ajv-formats' multiline reading. */
export function isByte(value: string): boolean {
  return BYTE.test(value);
}
