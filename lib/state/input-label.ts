/** How the dataset name refers to one batch of picked or dropped files. */
import { formatCount } from "./format";

/** "logs/" when every path sits under one top folder, the file name for one file, else "N files". */
export function inputLabel(paths: readonly string[]): string {
  if (paths.length === 0) return "nothing";
  const tops = new Set(paths.map((p) => (p.includes("/") ? p.slice(0, p.indexOf("/") + 1) : "")));
  if (tops.size === 1) {
    const [top] = tops;
    if (top) return top;
  }
  if (paths.length === 1) return paths[0]!;
  return `${formatCount(paths.length)} files`;
}
