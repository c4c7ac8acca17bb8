/**
 * The `client:interaction` directive: an island that hydrates at the reader's first interaction
 * with the page (the pointer moving or pressing, a key, focus, a touch, a wheel or a scroll), not when it comes on
 * screen. The lesson page's promise is that a first visit fetches no JavaScript until the reader
 * does something (tests/e2e/every-page.spec.ts); a control in the sticky reading toolbar is on
 * screen at once, so `client:visible` would break that promise for it.
 *
 * The directive's value may name a localStorage key: when that key holds data (a returning reader's
 * saved highlights, say), the island hydrates at once, because what was saved should show without
 * waiting. Astro inlines the directive's script on the pages that use it, so it stays small.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** The directive's entry point (a path: Astro hands it to esbuild), bundled into an inline script. */
const ENTRYPOINT = fileURLToPath(new URL('./interaction-directive.ts', import.meta.url));

/** Adds `client:interaction` to the project (see the file comment). */
export function glossInteraction(): AstroIntegration {
  return {
    name: 'gloss:interaction',
    hooks: {
      'astro:config:setup': ({ addClientDirective }) => {
        addClientDirective({ name: 'interaction', entrypoint: ENTRYPOINT });
      },
    },
  };
}

declare module 'astro' {
  interface AstroClientDirectives {
    /** Hydrate at the first interaction, or at once when the named localStorage key holds data. */
    'client:interaction'?: boolean | string;
  }
}
