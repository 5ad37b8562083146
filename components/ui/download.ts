/** Saves text the app made (a CSV export) as a file: a Blob URL and a download link, nothing leaves the machine. */

/** `trailscope-<what>-YYYYMMDD-HHMMSS.csv` in UTC. */
export function csvFileName(what: string, now = new Date()): string {
  return `trailscope-${what}-${now.toISOString().slice(0, 19).replace(/[-:]/g, "").replace("T", "-")}.csv`;
}

/** Starts a download of `text` as `fileName`. */
export function downloadText(fileName: string, text: string, type = "text/csv;charset=utf-8"): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement("a");
  a.href = url;
  a.download = fileName;
  a.click();
  // The click has started the download; the URL is no longer needed.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
