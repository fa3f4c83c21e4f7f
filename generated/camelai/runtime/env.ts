interface EnvironmentGlobals {
  process?: { env?: Record<string, string | undefined> };
  Deno?: { env?: { get?: (name: string) => string | undefined } };
}

/**
 * Reads an environment variable wherever one exists (Node, Bun, Deno) without referring to
 * `process` or `Deno` by name, so the runtime needs neither @types/node nor a bundler shim.
 */
export function readEnv(name: string): string | undefined {
  const globals = globalThis as EnvironmentGlobals;
  try {
    // Deno 2 has a `process` too, whose env throws like Deno.env without --allow-env.
    return globals.process?.env?.[name] ?? globals.Deno?.env?.get?.(name);
  } catch {
    // Deno throws when the program lacks --allow-env; that is "not set" for us.
    return undefined;
  }
}
