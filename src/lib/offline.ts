/**
 * Which files of the built site the service worker precaches, and under which URLs.
 *
 * Pure and dependency-free so that `src/integrations/offline.ts` (and `scripts/steps/offline.mjs`,
 * which runs it on its own) can import it straight from Node (type stripping: erasable TypeScript only — no enums, namespaces or parameter
 * properties here) and the unit tests can lock its rules.
 */

/** One file of the built site, as found on disk. */
export interface SiteFile {
  /** Path relative to the site root, with `/` separators (`lessons/x/index.html`). */
  path: string;
  /** Size in bytes. */
  size: number;
  /** A content hash of the file, or null when the name itself is versioned. */
  revision: string | null;
}

/** One entry of the precache manifest written into the service worker. */
export interface PrecacheEntry {
  /** The URL the file is fetched from and answered for. */
  url: string;
  /** Changes whenever the file changes; null when the URL already does (hashed names). */
  revision: string | null;
  /** Size in bytes, for the build log. */
  size: number;
}

/** What to precache, plus anything the build log should warn about. */
export interface PrecacheManifest {
  /** Entries, sorted by URL so the service worker only changes when the site does. */
  entries: PrecacheEntry[];
  /** Human-readable warnings: files left out because they are too big. */
  warnings: string[];
  /** Total bytes the reader's device stores. */
  totalBytes: number;
}

/** Options for {@link buildPrecacheManifest}. */
export interface PrecacheOptions {
  /**
   * The base path the site is served under (`/`, `/gloss/`). An empty string or `./` makes
   * every URL relative to the service worker, so one bundle works under any path.
   */
  base: string;
  /** Files bigger than this are left out, with a warning. */
  maxFileBytes?: number;
}

/**
 * Largest single file that is precached. Pagefind's wasm and index chunks are well under
 * 1 MB; a lesson photo could be bigger, so the limit is generous but keeps a stray video out.
 */
export const MAX_PRECACHE_FILE_BYTES = 10 * 1024 * 1024;

/**
 * Files that must never be precached: the service worker itself (precaching it would stop
 * updates), source maps, and editor and OS litter. Everything else is, including the teachers'
 * LMS exports (`exports/`: QTI, GIFT, Moodle XML, Blackboard and Common Cartridge files), so they can
 * be downloaded offline too.
 */
const IGNORED: readonly RegExp[] = [
  /^sw\.js$/,
  /^workbox-[\w-]+\.js$/,
  /\.map$/,
  /(^|\/)\./,
  /(^|\/)(Thumbs\.db|desktop\.ini)$/i,
];

/**
 * Names whose content hash is part of the file name, so the URL changes with the content:
 * everything Vite writes to `_astro/` (`Base.DHoK_-Ad.css`) and Pagefind's chunks
 * (`fragment/en_53ae379.pf_fragment`, `pagefind.en_c1a17bf558.pf_meta`).
 */
const HASHED: readonly RegExp[] = [
  /^_astro\//,
  /^pagefind\/(fragment|index|filter)\/[\w-]+_[0-9a-f]{6,}\.pf_\w+$/,
  /^pagefind\/pagefind\.[\w-]+_[0-9a-f]{6,}\.pf_meta$/,
];

/** True when a file of the built site must not be precached. */
export function isIgnored(path: string): boolean {
  return IGNORED.some((re) => re.test(path));
}

/** True when the file name carries its content hash, so no separate revision is needed. */
export function isHashed(path: string): boolean {
  return HASHED.some((re) => re.test(path));
}

/**
 * Normalises a base path: `/gloss` → `/gloss/`, `/` stays, and `''` or `./` mean "relative to
 * the service worker" (returned as `''`).
 */
export function normaliseBase(base: string): string {
  if (base === '' || base === '.' || base === './') return '';
  const withLead = base.startsWith('/') ? base : `/${base}`;
  return withLead.endsWith('/') ? withLead : `${withLead}/`;
}

/**
 * The URL a file is precached under: its path below the base, each segment percent-encoded
 * the way a browser would request it. Pages stay as `…/index.html`; the service worker
 * answers directory URLs (`/lessons/x/`) from them through its directory-index rule, so both
 * `/lessons/x/` (served site) and `lessons/x/index.html` (relative export) work offline.
 */
export function precacheUrl(path: string, base: string): string {
  const clean = path.replace(/\\/g, '/').replace(/^\.?\/+/, '');
  const encoded = clean
    .split('/')
    .map((segment) => encodeURIComponent(segment))
    .join('/');
  return `${normaliseBase(base)}${encoded}`;
}

/** Formats a byte count for the build log (`1.5 MB`). */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} kB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/**
 * Turns the files of a built site into the precache manifest: drops ignored files, leaves out
 * (and warns about) files over the size limit, maps paths to URLs under the base, and drops
 * the revision of content-hashed names so they are fetched without a cache-busting query.
 */
export function buildPrecacheManifest(files: readonly SiteFile[], options: PrecacheOptions): PrecacheManifest {
  const maxFileBytes = options.maxFileBytes ?? MAX_PRECACHE_FILE_BYTES;
  const entries: PrecacheEntry[] = [];
  const warnings: string[] = [];
  let totalBytes = 0;
  for (const file of files) {
    const path = file.path.replace(/\\/g, '/').replace(/^\.?\/+/, '');
    if (isIgnored(path)) continue;
    if (file.size > maxFileBytes) {
      warnings.push(
        `offline: ${path} is ${formatBytes(file.size)}, over the ${formatBytes(maxFileBytes)} precache limit, ` +
          `so it will not be available offline. Make the file smaller, or raise MAX_PRECACHE_FILE_BYTES ` +
          `in src/lib/offline.ts.`,
      );
      continue;
    }
    entries.push({
      url: precacheUrl(path, options.base),
      revision: isHashed(path) ? null : file.revision,
      size: file.size,
    });
    totalBytes += file.size;
  }
  entries.sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
  return { entries, warnings, totalBytes };
}

/**
 * The installed app's colours: the page background of the light and dark themes. Keep in step
 * with `--gl-bg` in src/styles/global.css (a unit test checks).
 */
export const THEME_COLORS = { light: '#fdfcf8', dark: '#16171a' } as const;

/** One icon of the web app manifest. */
export interface ManifestIcon {
  /** URL relative to the manifest. */
  src: string;
  /** `192x192`, or `any` for SVG. */
  sizes: string;
  /** MIME type. */
  type: string;
  /** `any`, or `maskable` for icons with a safe zone that the platform may crop. */
  purpose: 'any' | 'maskable';
}

/** Icons shipped in public/icons/ (a unit test checks every file exists). */
export const MANIFEST_ICONS: readonly ManifestIcon[] = [
  { src: 'icons/icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
  { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
  { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
  { src: 'icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
];

/** What the web app manifest says about the site. */
export interface WebAppManifestInput {
  /** Full name, shown when installing. */
  name: string;
  /** Name under the home-screen icon. */
  shortName: string;
  /** One-sentence description. */
  description: string;
  /** Language of the UI strings. */
  lang: string;
}

/**
 * The web app manifest. Every URL in it is relative to the manifest, which sits at the site
 * root, so the same file is right under `/`, under any base path and inside the export bundle.
 */
export function webAppManifest(input: WebAppManifestInput): Record<string, unknown> {
  return {
    name: input.name,
    short_name: input.shortName,
    description: input.description,
    lang: input.lang,
    dir: 'ltr',
    start_url: './',
    scope: './',
    display: 'standalone',
    background_color: THEME_COLORS.light,
    theme_color: THEME_COLORS.light,
    icons: MANIFEST_ICONS.map((icon) => ({ ...icon })),
  };
}
