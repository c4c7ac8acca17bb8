import type { APIRoute, GetStaticPaths } from 'astro';
import { cartridgePaths } from '../../../../data/teach';
import { toCartridge, type CartridgeLesson } from '../../../../lib/exports/cartridge';
import { exportLabels } from '../../../../lib/exports/labels';

export const getStaticPaths = cartridgePaths satisfies GetStaticPaths;

interface Props {
  lesson: CartridgeLesson;
}

/** One lesson as an IMS Common Cartridge 1.2 package, written at build time. */
export const GET: APIRoute<Props> = ({ props }) =>
  // Copied into a plain ArrayBuffer-backed array, the body type Response accepts.
  new Response(Uint8Array.from(toCartridge(props.lesson, exportLabels())), {
    headers: { 'Content-Type': 'application/zip' },
  });
