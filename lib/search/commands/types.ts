/**
 * The shape of a command: how its arguments are read, which fields it reads
 * and defines (for raw-record reads and unknown-field checks), and how it
 * turns one frame into the next. Each command is one file; registry.ts lists them.
 */
import type { FieldName, Span } from "../ast";
import type { FnEnv } from "../eval-functions";
import type { Frame } from "../frame";
import type { Tokens } from "../tokens";

export interface CommandEnv extends FnEnv {
  /** Messages for the result (e.g. a limit applied). */
  warn(message: string): void;
}

export interface CommandDef<A> {
  name: string;
  aliases?: readonly string[];
  /** "expr" for eval/where (expressions), "args" otherwise. */
  mode: "args" | "expr";
  /** Whether it turns events into a result table (stats, timechart, top, rare, table). */
  transforming: boolean;
  parse(tokens: Tokens, at: Span): A;
  /** Fields it reads (wildcards are not checked). */
  reads(args: A): FieldName[];
  /** Fields it creates, visible to later commands. */
  writes?(args: A): string[];
  run(frame: Frame, args: A, env: CommandEnv, at: Span): Frame;
}

/** A command with its argument type erased, for the registry. */
export type AnyCommand = CommandDef<unknown>;

/** Erases the argument type (the parser hands each command back its own parse result). */
export function defineCommand<A>(def: CommandDef<A>): AnyCommand {
  return def as unknown as AnyCommand;
}
