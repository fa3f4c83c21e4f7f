/** Names of the `{name}` expressions of a path template, in order; undefined when braces do not balance. */
export function templateNames(path: string): string[] | undefined {
  const names: string[] = [];
  const pattern = /\{([^{}]*)\}/g;
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(path)) !== null) names.push(match[1] ?? "");
  const rest = path.replace(pattern, "");
  return rest.includes("{") || rest.includes("}") || names.includes("") ? undefined : names;
}
