/**
 * A text response in the `charset` its content type names (`response.text()` would read UTF-8
 * whatever it says); UTF-8 without one, or for a label `TextDecoder` does not know. Generated
 * operations with a text response name it, so a client without one bundles none of it.
 */
export async function textBody(response: Response): Promise<string> {
  const charset = /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(
    response.headers.get("content-type") ?? "",
  )?.[1];
  if (charset === undefined) return response.text();
  const bytes = await response.arrayBuffer();
  try {
    return new TextDecoder(charset).decode(bytes);
  } catch {
    return new TextDecoder().decode(bytes);
  }
}
