import {
  bytesBlob,
  collectBlob,
  isBinary,
  isBlob,
  isBytes,
  isStreaming,
  streamFileName,
} from "./binary.js";
import {
  describeValue,
  isFieldObject,
  isFormData,
  scalarText,
} from "./body-values.js";
import { InvalidParameterError } from "./errors.js";
import { toJSONText } from "./json-text.js";
import { isJSONMediaType, mediaTypeMatches } from "./media-type.js";
import type { BodyEncoder, PropertyEncoding } from "./operation.js";

const OCTET_STREAM = "application/octet-stream";

/**
 * The part's media type: the value's own when the encoding allows it, else the first concrete
 * type the encoding names (it may list several, or a range such as `image/*`), else `fallback`.
 */
function partType(declared: string, own: string, fallback: string): string {
  const ranges = declared
    .split(",")
    .map((range) => range.trim())
    .filter((range) => range !== "");
  if (own !== "" && ranges.some((range) => mediaTypeMatches(range, own)))
    return own;
  return ranges.find((range) => !range.includes("*")) ?? (own || fallback);
}

function fileName(blob: Blob): string {
  const name: unknown = (blob as { name?: unknown }).name;
  return typeof name === "string" ? name : "blob";
}

function appendBlob(
  form: FormData,
  name: string,
  blob: Blob,
  declared: string | undefined,
): void {
  const type =
    declared === undefined
      ? blob.type
      : partType(declared, blob.type, OCTET_STREAM);
  if (type === blob.type) form.append(name, blob);
  else form.append(name, new Blob([blob], { type }), fileName(blob));
}

/** Objects default to JSON parts and scalars to plain fields, as OpenAPI's Encoding Object says. */
function appendField(
  form: FormData,
  name: string,
  value: unknown,
  declared: string | undefined,
): void {
  const structured = typeof value === "object" && !(value instanceof Date);
  const type =
    declared === undefined
      ? structured
        ? "application/json"
        : undefined
      : partType(declared, "", "text/plain");
  if (type === undefined) {
    form.append(name, scalarText(value));
    return;
  }
  const text =
    structured || isJSONMediaType(type)
      ? toJSONText(value, `Multipart field "${name}"`)
      : scalarText(value);
  // An empty file name leaves `filename` out of the part: a typed field, not a file upload.
  form.append(name, new Blob([text], { type }), "");
}

async function appendPart(
  form: FormData,
  name: string,
  value: unknown,
  declared: string | undefined,
): Promise<void> {
  if (value === undefined || value === null) return;
  if (isBlob(value)) appendBlob(form, name, value, declared);
  else if (isBytes(value)) {
    const type = partType(declared ?? "", "", OCTET_STREAM);
    form.append(name, bytesBlob(value, type), "blob");
  } else if (isStreaming(value)) {
    // FormData holds only strings and Blobs, so a streamed part is read into memory first.
    const type = partType(declared ?? "", "", OCTET_STREAM);
    form.append(name, await collectBlob(value, type), streamFileName(value));
  } else appendField(form, name, value, declared);
}

/** A `FormData` goes as it is; an object becomes one, its arrays as repeated fields. */
export async function toFormData(
  value: unknown,
  encoding: Readonly<Record<string, PropertyEncoding>> | undefined,
): Promise<FormData> {
  if (isFormData(value)) return value;
  if (!isFieldObject(value))
    throw new InvalidParameterError(
      `A multipart/form-data body must be an object or a FormData, not ${describeValue(value)}`,
    );
  const form = new FormData();
  const names = Object.keys(value);
  const holdsFile = (name: string): boolean =>
    [value[name]].flat().some(isBinary);
  // Fields before files, each group in the caller's order: servers that parse the body as it
  // streams in (Box's uploads, S3's POST) need the metadata before the content.
  const ordered = [
    ...names.filter((name) => !holdsFile(name)),
    ...names.filter(holdsFile),
  ];
  for (const name of ordered) {
    const field = value[name];
    const declared = encoding?.[name]?.contentType;
    for (const item of Array.isArray(field) ? field : [field])
      await appendPart(form, name, item, declared);
  }
  return form;
}

/**
 * A `multipart/form-data` body. `fetch` writes the content type, which carries the part
 * boundary; streamed parts are read first, so the body can be sent again.
 */
export const multipartBody: BodyEncoder = async (
  value,
  _mediaType,
  encoding,
) => ({
  body: await toFormData(value, encoding),
  contentType: undefined,
  replayable: true,
});
