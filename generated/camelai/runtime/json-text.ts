import { InvalidParameterError } from "./errors.js";

/** `JSON.stringify` that fails with an `InvalidParameterError` naming `what` instead of sending nonsense. */
export function toJSONText(value: unknown, what: string): string {
  let text: string | undefined;
  let reason = `it is a ${typeof value}`;
  try {
    text = JSON.stringify(value);
  } catch (error) {
    reason = (error as Error).message;
  }
  if (text === undefined)
    throw new InvalidParameterError(
      `${what} cannot be serialised as JSON: ${reason}`,
    );
  return text;
}
