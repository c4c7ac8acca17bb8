import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { inlineBodies, siteCsp } from '../lib/csp';
import { minifyInlineScript } from '../lib/inline-script';

/**
 * Every inline script and style in the components: Astro hashes the scripts and styles it
 * bundles for the Content-Security-Policy but not inline ones, so their hashes are added here.
 * They are the `<script is:inline>` and `<style is:inline>` bodies written in components, and
 * the scripts in src/inline/, which components inline minified (the same function gives the
 * same text, so the hash always matches the page).
 *
 * @param srcDir the project's `src/` folder
 */
export function inlineSources(srcDir: string): { scripts: string[]; styles: string[] } {
  const components = readdirSync(srcDir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.astro'))
    .map((file) => readFileSync(`${srcDir}/${file}`, 'utf8'));
  const inlineScripts = readdirSync(`${srcDir}/inline`)
    .filter((file) => file.endsWith('.js'))
    .map((file) => minifyInlineScript(readFileSync(`${srcDir}/inline/${file}`, 'utf8'), file));
  return {
    scripts: [...components.flatMap((source) => inlineBodies(source, 'script')), ...inlineScripts],
    styles: components.flatMap((source) => inlineBodies(source, 'style')),
  };
}

/**
 * A `<meta>` Content-Security-Policy on every page: nothing from other origins
 * (docs/quality-gates.md). The policy is Astro's own `security.csp`, set here when the config
 * is set up, so `astro build` alone writes it and no script has to patch pages afterwards.
 */
export function glossCsp(): AstroIntegration {
  return {
    name: 'gloss:csp',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        const srcDir = fileURLToPath(config.srcDir).replace(/\/$/, '');
        // SHA-256 is Astro's default, and the hashes of the inline sources are written in it.
        updateConfig({ security: { csp: { algorithm: 'SHA-256', ...siteCsp(inlineSources(srcDir)) } } });
      },
    },
  };
}
