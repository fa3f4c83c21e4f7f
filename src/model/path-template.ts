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
