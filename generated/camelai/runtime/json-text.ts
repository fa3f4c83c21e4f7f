import { InvalidParameterError } from "./errors.js";

/** `JSON.stringify` that fails with an `InvalidParameterError` naming `what` instead of sending nonsense. */
export function toJSONText(value: unknown, what: string): string {
  let text: string | undefined;
  try {
    text = JSON.stringify(value);
  } catch (error) {
    throw new InvalidParameterError(
      `${what} cannot be serialised as JSON: ${(error as Error).message}`,
    );
  }
  if (text === undefined)
    throw new InvalidParameterError(
      `${what} of type ${typeof value} cannot be serialised as JSON`,
    );
  return text;
}
