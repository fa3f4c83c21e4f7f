import { InvalidParameterError } from "./errors.js";

/** The wire text of one parameter value; values without an obvious text form are caller bugs. */
export function scalarToString(name: string, value: unknown): string {
  switch (typeof value) {
    case "string":
      return value;
    case "number":
    case "bigint":
    case "boolean":
      return String(value);
    case "object":
      if (value instanceof Date) {
        if (Number.isNaN(value.getTime())) {
          throw new InvalidParameterError(
            `Parameter "${name}" is an invalid Date`,
            name,
          );
        }
        return value.toISOString();
      }
      break;
    default:
      break;
  }
  throw new InvalidParameterError(
    `Parameter "${name}" must be a string, number, boolean or Date`,
    name,
  );
}

/** `encodeURIComponent`, with its `URIError` on lone surrogates turned into an error naming the parameter. */
export function encodeComponent(name: string, text: string): string {
  try {
    return encodeURIComponent(text);
  } catch {
    throw new InvalidParameterError(
      `Parameter "${name}" has a lone surrogate`,
      name,
    );
  }
}
