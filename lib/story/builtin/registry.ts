/** The stories that ship with Trailscope; adding one is one module in builtin/ and one line here. */
import type { Story } from "../schema";
import { EXFIL_STORY } from "./exfil";

export const BUILTIN_STORIES: readonly Story[] = [EXFIL_STORY];

/** The built-in story with this id, if any. */
export function builtinStory(id: string): Story | undefined {
  return BUILTIN_STORIES.find((s) => s.id === id);
}
