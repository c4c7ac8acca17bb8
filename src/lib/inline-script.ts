import { transformSync } from 'esbuild';

/**
 * The scripts in `src/inline/` are written into every page as `<script is:inline>`, so they are
 * JavaScript that runs before any interaction. They are kept readable, with comments, in source
 * and minified here for the page: the same function gives the text the page carries and the text
 * src/integrations/csp.ts hashes for the Content-Security-Policy, so the two always match.
 *
 * @param source the script as written in `src/inline/`
 * @param file its file name, named in the error when the script does not parse
 * @returns the minified script, without a trailing newline
 */
export function minifyInlineScript(source: string, file: string): string {
  try {
    return transformSync(source, {
      loader: 'js',
      minify: true,
      legalComments: 'none',
      sourcefile: file,
    }).code.trimEnd();
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new Error(`src/inline/${file} could not be minified for inlining; fix its syntax. ${detail}`, {
      cause: error,
    });
  }
}
