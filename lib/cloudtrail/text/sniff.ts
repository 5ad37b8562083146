/**
 * What kind of bytes a file holds, from its first bytes: UTF-8 text (with or
 * without a BOM), UTF-16 text (BOM), something compressed in a way we do not
 * read, or binary. Content decides, never the file name.
 */

export type TextSniff =
  | { kind: "empty" }
  | { kind: "utf8"; bom: number }
  | { kind: "utf16"; littleEndian: boolean }
  | { kind: "binary"; message: string };

const SIGNATURES: [bytes: number[], what: string][] = [
  [[0x42, 0x5a, 0x68], "bzip2-compressed"],
  [[0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00], "xz-compressed"],
  [[0x28, 0xb5, 0x2f, 0xfd], "zstd-compressed"],
  [[0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], "a 7-Zip archive"],
  [[0x52, 0x61, 0x72, 0x21], "a RAR archive"],
  [[0x25, 0x50, 0x44, 0x46], "a PDF document"],
  [[0x89, 0x50, 0x4e, 0x47], "a PNG image"],
  [[0x50, 0x41, 0x52, 0x31], "a Parquet file"],
];

function startsWith(b: Uint8Array, sig: number[]): boolean {
  if (b.length < sig.length) return false;
  for (let i = 0; i < sig.length; i++) if (b[i] !== sig[i]) return false;
  return true;
}

/** Classifies the first bytes (a few KB are enough) of a file. */
export function sniffText(head: Uint8Array): TextSniff {
  if (head.length === 0) return { kind: "empty" };
  if (startsWith(head, [0xef, 0xbb, 0xbf])) return { kind: "utf8", bom: 3 };
  if (startsWith(head, [0xff, 0xfe, 0, 0]) || startsWith(head, [0, 0, 0xfe, 0xff])) {
    return { kind: "binary", message: "UTF-32 text is not supported: save the file as UTF-8" };
  }
  if (startsWith(head, [0xff, 0xfe])) return { kind: "utf16", littleEndian: true };
  if (startsWith(head, [0xfe, 0xff])) return { kind: "utf16", littleEndian: false };
  for (const [sig, what] of SIGNATURES) {
    if (startsWith(head, sig)) return { kind: "binary", message: `not a text/JSON file: it is ${what}` };
  }
  const n = Math.min(head.length, 4096);
  let nul = 0;
  let nulEven = 0;
  let control = 0;
  for (let i = 0; i < n; i++) {
    const c = head[i];
    if (c === 0) {
      nul++;
      if ((i & 1) === 0) nulEven++;
    } else if (c < 9 || (c > 13 && c < 32 && c !== 27)) control++;
  }
  if (nul > 0) {
    // ASCII as UTF-16 has a NUL in every other byte, all on the same side.
    const half = n / 2;
    const nulOdd = nul - nulEven;
    const utf16ish = (nulOdd >= 0.9 * Math.floor(half) && nulEven <= 0.1 * half) || (nulEven >= 0.9 * Math.floor(half) && nulOdd <= 0.1 * half);
    return {
      kind: "binary",
      message: utf16ish ? "not a text/JSON file: it looks like UTF-16 text without a byte-order mark; save it as UTF-8" : "not a text/JSON file (binary content)",
    };
  }
  if (control > n / 100) return { kind: "binary", message: "not a text/JSON file (binary content)" };
  return { kind: "utf8", bom: 0 };
}
