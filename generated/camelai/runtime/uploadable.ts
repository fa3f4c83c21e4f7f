/**
 * What a caller may pass where the schema says `format: binary` (file parts, raw bodies):
 * browser and Node data alike. Streams are read once, so a request sending one is not retried.
 */
export type Uploadable =
  | Blob
  | ArrayBuffer
  | ArrayBufferView
  | ReadableStream<Uint8Array>
  | AsyncIterable<Uint8Array | string>;

/** Whether a value is something `Uploadable` describes; used by generated guards. */
export function isUploadable(value: unknown): value is Uploadable {
  if (typeof value !== "object" || value === null) return false;
  if (typeof Blob !== "undefined" && value instanceof Blob) return true;
  if (value instanceof ArrayBuffer || ArrayBuffer.isView(value)) return true;
  if (typeof ReadableStream !== "undefined" && value instanceof ReadableStream) return true;
  return Symbol.asyncIterator in value;
}
