"use client";
/** Saves text as a file through the browser's download (nothing leaves the machine). */

/** Offers `text` as the file `fileName`. */
export function downloadText(fileName: string, mime: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: mime }));
  const a = document.createElement("a");
  a.href = url;
  a.download = fileName;
  a.rel = "noopener";
  document.body.appendChild(a);
  a.click();
  a.remove();
  // The download has started reading the blob by the next task.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
