/**
 * The two self-hosted typefaces, for Astro's Fonts API (`fonts` in astro.config.mjs):
 *
 * - **Source Serif 4** for the article and other long reading text. A text serif drawn for
 *   screens, with open counters and a large x-height, so the primary source reads like a page of
 *   a good book on a school laptop and a phone. Static files, because the variable font's Latin
 *   file alone (51 KB) costs more than the one weight the article needs (20 KB).
 * - **Atkinson Hyperlegible Next** for everything around it: controls, labels, notes, headings.
 *   Designed by the Braille Institute so that easily confused letters (I l 1, O 0, rn m) stay
 *   distinct, which helps young and low-vision readers; its Latin files are about 12 KB a weight.
 *
 * Both come from their @fontsource packages (SIL Open Font License), so the build reads them from
 * node_modules and nothing is fetched from another origin, at build time or in the browser.
 * Only the Latin and Latin Extended subsets are declared; each @font-face carries its
 * `unicode-range`, so a browser downloads Latin Extended only on a page that uses one of its
 * letters. Astro writes metric-matched fallback faces (size and ascent adjusted to a system font).
 *
 * **When they are used.** Not on a reader's first page: it paints at once in the system faces, so
 * no font download stands between a student on a slow school network and the article. Lighthouse's
 * mobile model put the three faces on the critical path of every page (lesson LCP 1.82x the bare
 * floor page, against 1.43x before the fonts; CLS 0.021 on home, from the swap). After that first
 * page has loaded (its service worker precaches the faces meanwhile), the preferences snippet marks
 * the device, `data-fonts="on"` (src/inline/prefs.js, key `fonts` of src/lib/store/prefs.ts), and
 * every later page names these faces from its first paint. They are `font-display: optional`: a
 * face that is not ready within the browser's short block period (about 100 ms) is skipped for
 * that page rather than swapped in while the student reads, so text never moves (CLS 0), and it
 * is in the cache for the next page.
 */
import { fontProviders } from 'astro/config';

/** The Latin subset's `unicode-range`, as @fontsource declares it. */
const LATIN =
  'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD';
/** The Latin Extended subset's `unicode-range`, as @fontsource declares it. */
const LATIN_EXT =
  'U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+0304,U+0308,U+0329,U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C0,U+2113,U+2C60-2C7F,U+A720-A7FF';

type Style = 'normal' | 'italic';

/** One @font-face of the local provider (the fields of its `variants` this site sets). */
interface Variant {
  weight: number;
  style: Style;
  display: 'optional';
  unicodeRange: [string];
  src: [string];
}

/** One @font-face per weight, style and subset, each pointing at the package's woff2 file. */
function faces(pkg: string, weights: readonly (readonly [400 | 700, Style])[]): [Variant, ...Variant[]] {
  const family = pkg.split('/')[1] ?? pkg;
  const [first, ...rest] = weights.flatMap<Variant>(([weight, style]) =>
    (
      [
        ['latin', LATIN],
        ['latin-ext', LATIN_EXT],
      ] as const
    ).map(([subset, range]) => ({
      weight,
      style,
      display: 'optional',
      unicodeRange: [range],
      src: [`${pkg}/files/${family}-${subset}-${weight}-${style}.woff2`],
    })),
  );
  if (!first) throw new Error(`src/integrations/fonts.ts: no weights given for ${pkg}`);
  return [first, ...rest];
}

/** The faces the site uses; `--gl-font-body` and `--gl-font-ui` (src/styles/global.css) name them. */
export const glossFonts = [
  {
    provider: fontProviders.local(),
    name: 'Source Serif 4',
    cssVariable: '--gl-face-text',
    // Georgia is on every Windows and Mac machine; the metric-matched fallback is built from it.
    fallbacks: ['Georgia', 'serif'],
    options: {
      variants: faces('@fontsource/source-serif-4', [
        [400, 'normal'],
        [400, 'italic'],
        [700, 'normal'],
      ]),
    },
  },
  {
    provider: fontProviders.local(),
    name: 'Atkinson Hyperlegible Next',
    cssVariable: '--gl-face-ui',
    fallbacks: ['Arial', 'sans-serif'],
    options: {
      variants: faces('@fontsource/atkinson-hyperlegible-next', [
        [400, 'normal'],
        [400, 'italic'],
        [700, 'normal'],
      ]),
    },
  },
];
