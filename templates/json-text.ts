import { isBinary } from "./binary.js";
import { InvalidParameterError } from "./errors.js";

/** `JSON.stringify` that fails with an `InvalidParameterError` naming `what` instead of sending nonsense. */
export function toJSONText(value: unknown, what: string): string {
  let text: string | undefined;
  try {
    // Binary data would be written as `{}` (a Blob) or as numbers (bytes, a Buffer's `toJSON`), the
    // file lost without a word; `this[key]` is the value before its `toJSON`.
    text = JSON.stringify(
      value,
      function (this: Record<string, unknown>, key, item: unknown) {
        if (isBinary(this[key])) throw Error("it holds binary data");
        return item;
      },
    );
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
