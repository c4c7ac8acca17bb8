// The `compression` package ships no types; this declares the one call scripts/serve.mjs makes,
// so the script is type-checked (checkJs) without adding @types/compression and its Express types.
declare module 'compression' {
  import type { IncomingMessage, ServerResponse } from 'node:http';

  /** Options scripts/serve.mjs passes: the size threshold and brotli's zlib parameters. */
  interface CompressionOptions {
    threshold?: number;
    brotli?: { params?: Record<number, number> };
  }

  /** Connect-style middleware that compresses the response when the request accepts it. */
  export default function compression(
    options?: CompressionOptions,
  ): (req: IncomingMessage, res: ServerResponse, next: () => void) => void;
}
