/** UTF-8 decoding that keeps byte offsets honest: BOMs are never stripped silently, invalid bytes are flagged. */

const fatal = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
const lenient = new TextDecoder("utf-8", { ignoreBOM: true });

/** Decodes UTF-8; `valid` is false when invalid bytes were replaced with U+FFFD. */
export function decodeUtf8(bytes: Uint8Array): { text: string; valid: boolean } {
  // ASCII is by far the common case, and the lenient decoder is cheaper than a fatal one behind try/catch.
  const text = lenient.decode(bytes);
  if (text.length === bytes.length && text.indexOf("\uFFFD") < 0) return { text, valid: true };
  try {
    return { text: fatal.decode(bytes), valid: true };
  } catch {
    return { text: lenient.decode(bytes), valid: false };
  }
}

/** Decodes UTF-8, replacing invalid bytes (for the ASCII fast path and for display). */
export function decodeLenient(bytes: Uint8Array): string {
  return lenient.decode(bytes);
}

export const INVALID_UTF8_WARNING = "invalid UTF-8 bytes were replaced with U+FFFD";
