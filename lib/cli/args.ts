/** A tiny argv parser for the CLI's `--flag` and `--option value` forms. */

/** Thrown for bad command lines; main prints it and exits 2. */
export class UsageError extends Error {
  override name = "UsageError";
}

export interface ParsedArgs {
  positional: string[];
  flags: Record<string, boolean>;
  options: Record<string, string>;
}

/** Parses argv against the allowed flags and options; anything else is a UsageError. */
export function parseArgs(argv: string[], spec: { flags: string[]; options: string[] }, usage: string): ParsedArgs {
  const out: ParsedArgs = { positional: [], flags: {}, options: {} };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--") {
      out.positional.push(...argv.slice(i + 1));
      break;
    }
    if (a.startsWith("--")) {
      const eq = a.indexOf("=");
      const name = a.slice(2, eq < 0 ? undefined : eq);
      if (spec.flags.includes(name) && eq < 0) out.flags[name] = true;
      else if (spec.options.includes(name)) {
        const value = eq >= 0 ? a.slice(eq + 1) : argv[++i];
        if (value === undefined) throw new UsageError(`--${name} needs a value\n${usage}`);
        out.options[name] = value;
      } else throw new UsageError(`unknown option ${a}\n${usage}`);
    } else out.positional.push(a);
  }
  return out;
}
