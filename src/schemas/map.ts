import { z } from 'zod';
import { idSchema, paragraphSchema, sourceRefsSchema } from './common';

/**
 * The most overlays one map may have. Each overlay gets its own hatching pattern and toggle,
 * styled by position in src/styles/map.css, so the CSS needs no content ids.
 */
export const MAX_MAP_OVERLAYS = 4;

/** A longitude/latitude pair in degrees, as [longitude, latitude]. */
const lonLatSchema = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]);

/** A country the map draws and names. */
const mapCountrySchema = z.strictObject({
  /** The country's name in Natural Earth (world-atlas countries-110m.json), e.g. "Kyrgyzstan". */
  name: z.string().min(1),
  /** The name printed on the map and in the table, when it differs from Natural Earth's. */
  label: z.string().min(1).optional(),
  /**
   * Length in km of this country's land border with the map's focus country. Give it only when a
   * source in `borderSources` states it.
   */
  border: z.number().int().positive().optional(),
  /** Where to centre the label, as [longitude, latitude], when the shape's middle is a bad place. */
  labelAt: lonLatSchema.optional(),
});

/** A group of countries drawn as a hatched layer that readers switch on and off (no JavaScript). */
const mapOverlaySchema = z.strictObject({
  /** Id of the overlay, unique in the file (e.g. "csto"). */
  id: idSchema,
  /** The legend's text, e.g. "CSTO member". */
  label: z.string().min(1),
  /** Glossary id of the organisation, so the legend can link to its entry. */
  glossary: idSchema.optional(),
  /** Natural Earth names of the member countries; members outside the map area are listed in text. */
  members: z.array(z.string().min(1)).min(1),
  /** A caveat readers need, e.g. a member that has frozen its participation. */
  note: z.string().min(1).optional(),
  /** Whether the overlay is switched on when the page opens. */
  shown: z.boolean().default(false),
  /** Sources for the membership list (ids in content/sources/). */
  sources: sourceRefsSchema,
});

/** A lesson's map (`content/maps/<lesson>.yaml`): which countries it shows and which overlays it offers. */
export const mapSchema = z.strictObject({
  /** Id of the lesson the map belongs to. */
  lesson: idSchema,
  /** The map's title, shown above it and given to the SVG as its accessible name. */
  title: z.string().min(1),
  /** One or two sentences saying what the map shows, for readers who cannot see it. */
  description: z.string().min(1),
  /** Show the map right after this article paragraph (¶N). */
  after: paragraphSchema,
  /** Glossary ids whose entries also show this map. */
  glossary: z.array(idSchema).default([]),
  /** Natural Earth name of the country the border lengths are measured from; it is drawn highlighted. */
  focus: z.string().min(1),
  /** Natural Earth names of the countries the view is fitted to; countries beyond them are cut at the edge. */
  frame: z.array(z.string().min(1)).min(1),
  /** The countries the map names, in table order; the focus country may be one of them. */
  countries: z.array(mapCountrySchema).min(1),
  /** Sources for the border lengths (ids in content/sources/). */
  borderSources: sourceRefsSchema,
  /** Switchable layers, at most {@link MAX_MAP_OVERLAYS}. */
  overlays: z.array(mapOverlaySchema).max(MAX_MAP_OVERLAYS).default([]),
});

export type MapData = z.infer<typeof mapSchema>;
export type MapCountry = z.infer<typeof mapCountrySchema>;
export type MapOverlay = z.infer<typeof mapOverlaySchema>;
