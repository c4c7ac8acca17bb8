import type { APIRoute } from 'astro';
import { t } from '../i18n';
import { webAppManifest } from '../lib/offline';

/** The web app manifest (`manifest.webmanifest`), written at build time. */
export const GET: APIRoute = () => {
  const manifest = webAppManifest({
    name: t('site.name'),
    shortName: t('offline.manifest.shortName'),
    description: t('site.description'),
    lang: 'en',
  });
  return new Response(`${JSON.stringify(manifest, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/manifest+json' },
  });
};
