import { jsonBody } from "./json-body.js";
import { mediaTypeMatches, requestMediaType } from "./media-type.js";
import type { EncodedBody, OperationRequest } from "./operation.js";

/**
 * Encodes the request's body as the media type chosen for the call (the caller's `contentType`
 * when the operation accepts it, else its first), with the encoder the request names for it.
 */
export async function encodeBody(
  req: OperationRequest,
  requested: string | undefined,
): Promise<EncodedBody | undefined> {
  if (req.body === undefined) return undefined;
  const encoders = req.contentTypes ?? {};
  const ranges = Object.keys(encoders);
  const mediaType = requestMediaType(ranges, requested);
  const range = ranges.find((offered) => mediaTypeMatches(offered, mediaType));
  const encode = range === undefined ? jsonBody : encoders[range];
  return (encode ?? jsonBody)(req.body, mediaType, req.encoding);
}
