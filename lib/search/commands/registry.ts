/** Every supported command, in one list (adding a command is one file and one line here). */
import { bin } from "./bin";
import { dedup } from "./dedup";
import { evalCommand } from "./eval";
import { fields } from "./fields";
import { head, tail } from "./head";
import { rename } from "./rename";
import { search } from "./search";
import { sort } from "./sort";
import { stats } from "./stats";
import { table } from "./table";
import { timechart } from "./timechart";
import { rare, top } from "./top";
import type { AnyCommand } from "./types";
import { where } from "./where";

export const COMMANDS: readonly AnyCommand[] = [search, stats, timechart, table, fields, sort, where, evalCommand, head, tail, top, rare, dedup, rename, bin];

const byName = new Map<string, AnyCommand>();
for (const c of COMMANDS) for (const n of [c.name, ...(c.aliases ?? [])]) byName.set(n, c);

/** The command with this name (case-insensitive, as Splunk's), if supported. */
export function commandNamed(name: string): AnyCommand | undefined {
  return byName.get(name.toLowerCase());
}

/** Names users can type, for messages and autocomplete. */
export function commandNames(): string[] {
  return [...byName.keys()];
}
