/**
 * Byte-level helpers shared by the assignment link and the completion code: UTF-8, base64url,
 * Crockford base32, CRC-32 and unsigned varints. Pure, dependency-free and never throwing on bad
 * input (decoders return `undefined`), so the codecs built on them can turn every failure into a
 * typed error.
 */

/**
 * Why an assignment link or a result code could not be read. One shape for both, so the pages
 * that show these errors (and the tests that lock their wording) treat them alike.
 */
export interface DecodeError<Kind extends string> {
  /** The kind of failure, which picks the message the page shows. */
  kind: Kind;
  /** A readable explanation in English, for logs and tests. */
  message: string;
  /** The offending value (characters, a version, a field, a lesson, set or question id), if any. */
  detail: string;
}

const encoder = new TextEncoder();
// `fatal` makes invalid UTF-8 an error instead of silently becoming U+FFFD.
const decoder = new TextDecoder('utf-8', { fatal: true });

/** UTF-8 bytes of a string. */
export const utf8 = (text: string): Uint8Array => encoder.encode(text);

/** The string of UTF-8 bytes, or undefined if they are not valid UTF-8. */
export function fromUtf8(bytes: Uint8Array): string | undefined {
  try {
    return decoder.decode(bytes);
  } catch {
    return undefined;
  }
}

// ---------------------------------------------------------------------------------------------
// CRC-32 (IEEE 802.3, as in zip and PNG): catches every single-character slip and every burst
// of up to 32 bits, which is what copying a code or a link by hand gets wrong.

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n += 1) {
    let c = n;
    for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** The CRC-32 of some bytes, as an unsigned 32-bit number. */
export function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = (CRC_TABLE[(crc ^ byte) & 0xff] ?? 0) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** The four big-endian bytes of an unsigned 32-bit number. */
export const uint32Bytes = (n: number): number[] => [(n >>> 24) & 0xff, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff];

// ---------------------------------------------------------------------------------------------
// base64url (RFC 4648 §5, no padding)

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const B64_INDEX = new Map(Array.from(B64, (c, i) => [c, i]));

/** base64url text of some bytes, without padding. */
export function toBase64url(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i] ?? 0;
    const b = bytes[i + 1];
    const c = bytes[i + 2];
    const n = (a << 16) | ((b ?? 0) << 8) | (c ?? 0);
    out += B64[(n >>> 18) & 63] ?? '';
    out += B64[(n >>> 12) & 63] ?? '';
    if (b !== undefined) out += B64[(n >>> 6) & 63] ?? '';
    if (c !== undefined) out += B64[n & 63] ?? '';
  }
  return out;
}

/**
 * The bytes of base64url text (no padding), or undefined if it has a character outside the
 * alphabet, an impossible length, or stray bits after the last byte (a sign it was cut short).
 */
export function fromBase64url(text: string): Uint8Array | undefined {
  if (text.length % 4 === 1) return undefined;
  const out: number[] = [];
  let bits = 0;
  let value = 0;
  for (const ch of text) {
    const v = B64_INDEX.get(ch);
    if (v === undefined) return undefined;
    value = ((value << 6) | v) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out.push((value >>> bits) & 0xff);
    }
  }
  if ((value & ((1 << bits) - 1)) !== 0) return undefined;
  return Uint8Array.from(out);
}

// ---------------------------------------------------------------------------------------------
// Crockford base32: digits and capitals without I, L, O and U, so a code read aloud or typed from
// paper cannot confuse 0/O or 1/I/L; reading is case-insensitive and forgives those look-alikes.

/** The 32 symbols, in value order. */
export const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const CROCKFORD_INDEX = new Map(Array.from(CROCKFORD, (c, i) => [c, i]));
const LOOKALIKES: Readonly<Record<string, string>> = { O: '0', I: '1', L: '1' };

/** Crockford base32 text of some bytes (the last symbol is padded with zero bits). */
export function toBase32(bytes: Uint8Array): string {
  let out = '';
  let bits = 0;
  let value = 0;
  for (const byte of bytes) {
    value = ((value << 8) | byte) & 0xffff;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      out += CROCKFORD[(value >>> bits) & 31] ?? '';
    }
  }
  if (bits > 0) out += CROCKFORD[(value << (5 - bits)) & 31] ?? '';
  return out;
}

/**
 * Normalises typed base32: drops spaces and dashes, upper-cases, and maps O to 0 and I/L to 1.
 * Returns the characters that are not base32 at all (for the error message) alongside.
 */
export function normaliseBase32(text: string): { clean: string; invalid: string[] } {
  let clean = '';
  const invalid = new Set<string>();
  for (const raw of text.replace(/[\s-]+/g, '').toUpperCase()) {
    const ch = LOOKALIKES[raw] ?? raw;
    if (CROCKFORD_INDEX.has(ch)) clean += ch;
    else invalid.add(raw);
  }
  return { clean, invalid: [...invalid] };
}

/**
 * The bytes of normalised base32 text, or undefined if a symbol is unknown or the padding bits
 * of the last symbol are not zero (the text was cut or a symbol changed).
 */
export function fromBase32(clean: string): Uint8Array | undefined {
  const out: number[] = [];
  let bits = 0;
  let value = 0;
  for (const ch of clean) {
    const v = CROCKFORD_INDEX.get(ch);
    if (v === undefined) return undefined;
    value = ((value << 5) | v) & 0xffff;
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      out.push((value >>> bits) & 0xff);
    }
  }
  if (bits >= 5 || (value & ((1 << bits) - 1)) !== 0) return undefined;
  return Uint8Array.from(out);
}

// ---------------------------------------------------------------------------------------------
// Unsigned varints (LEB128): small numbers, which is nearly all of them, take one byte.

/** Appends `n` (a whole number from 0 to 2^31 − 1) to `out` as a varint. */
export function pushVarint(out: number[], n: number): void {
  let v = Math.max(0, Math.floor(n));
  while (v >= 0x80) {
    out.push((v % 0x80) | 0x80);
    v = Math.floor(v / 0x80);
  }
  out.push(v);
}

/** Reads bytes in order; every read past the end or of an over-long varint returns undefined. */
export class ByteReader {
  private offset = 0;
  private readonly bytes: Uint8Array;

  /** Starts reading `bytes` from the beginning. */
  constructor(bytes: Uint8Array) {
    this.bytes = bytes;
  }

  /** Bytes not yet read. */
  get remaining(): number {
    return this.bytes.length - this.offset;
  }

  /** The next byte. */
  byte(): number | undefined {
    const b = this.bytes[this.offset];
    if (b !== undefined) this.offset += 1;
    return b;
  }

  /** The next `n` bytes. */
  take(n: number): Uint8Array | undefined {
    if (n < 0 || n > this.remaining) return undefined;
    const out = this.bytes.slice(this.offset, this.offset + n);
    this.offset += n;
    return out;
  }

  /** The next varint; at most five bytes (values below 2^35), so garbage cannot loop. */
  varint(): number | undefined {
    let result = 0;
    let scale = 1;
    for (let i = 0; i < 5; i += 1) {
      const b = this.byte();
      if (b === undefined) return undefined;
      result += (b & 0x7f) * scale;
      if ((b & 0x80) === 0) return result;
      scale *= 0x80;
    }
    return undefined;
  }
}

/** A random id of `length` Crockford base32 symbols (from `crypto.getRandomValues`). */
export function randomId(length = 8): string {
  const bytes = new Uint8Array(length);
  globalThis.crypto.getRandomValues(bytes);
  return [...bytes].map((b) => CROCKFORD[b & 31] ?? '0').join('');
}
