/**
 * A lesson's map, computed at build time: Natural Earth country shapes (world-atlas, 1:110m)
 * projected with an equal-area conic fitted to the countries the lesson frames, clipped to the
 * view and rounded to whole units so the inline SVG stays small. No browser code: the page gets
 * finished SVG paths, and the overlays are switched with CSS only (src/components/LessonMap.astro).
 */
import { geoConicEqualArea, geoDistance, geoPath, type GeoProjection } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import atlas from 'world-atlas/countries-110m.json' with { type: 'json' };
import type { MapData } from '../schemas/map';
import { closestId } from './suggest';

/** Where the country names and shapes come from, for error messages and the map's credit line. */
export const ATLAS_FILE = 'world-atlas/countries-110m.json';

/** The SVG's coordinate space; the page scales it to the column's width. */
export const MAP_WIDTH = 480;
export const MAP_HEIGHT = 420;
/** Room left around the framed countries, in SVG units. */
const PADDING = 16;
/** Mean Earth radius, to turn the projection's angles into kilometres for the scale bar. */
const EARTH_KM = 6371;
/** Scale-bar lengths a reader can take in at a glance. */
const NICE_KM = [100, 200, 250, 500, 1000, 2000];

type CountryFeature = Feature<Geometry, { name: string }>;

/** A map's content named a country that is not in the atlas (or broke another map rule). */
export class MapDataError extends Error {
  constructor(
    readonly file: string,
    readonly field: string,
    readonly bad: string,
    message: string,
    readonly suggestion?: string,
  ) {
    super(message);
    this.name = 'MapDataError';
  }
}

/** The atlas's countries, by Natural Earth name. */
export function atlasCountries(topology: Topology = atlas as unknown as Topology): Map<string, CountryFeature> {
  const object = topology.objects['countries'] as GeometryCollection<{ name: string }>;
  const collection = feature(topology, object) as FeatureCollection<Geometry, { name: string }>;
  return new Map(collection.features.map((f) => [f.properties.name, f]));
}

/** A country the map names. */
export interface DrawnCountry {
  /** Natural Earth name. */
  name: string;
  /** The name shown on the map and in the table. */
  label: string;
  /** SVG path of the part inside the view ("" when the country lies outside it). */
  d: string;
  /** Where the label is centred, in SVG units. */
  x: number;
  y: number;
  /** Land border with the focus country, km, when the content gives one. */
  border: number | undefined;
  /** True for the country the borders are measured from. */
  focus: boolean;
  /** Ids of the overlays this country belongs to. */
  overlays: string[];
}

/** One switchable overlay, ready to draw. */
export interface DrawnOverlay {
  id: string;
  label: string;
  glossary: string | undefined;
  note: string | undefined;
  shown: boolean;
  /** 1-based position: picks the hatching pattern and the CSS toggle rule. */
  index: number;
  /** Paths of the members inside the view. */
  members: { name: string; label: string; d: string }[];
  /** Labels of members that lie outside the view, to say in words. */
  offMap: string[];
  sources: string[];
}

/** Everything the map component draws. */
export interface MapModel {
  width: number;
  height: number;
  /** The focus country's label. */
  focus: string;
  /** Every other country in the view, as one unlabelled path. */
  background: string;
  countries: DrawnCountry[];
  overlays: DrawnOverlay[];
  /** A scale bar valid near the map's centre (the projection is equal-area, so distances vary a little). */
  scale: { km: number; px: number };
}

/** Looks a country up, or fails with the file, field, bad value and the nearest Natural Earth name. */
function lookup(
  countries: ReadonlyMap<string, CountryFeature>,
  file: string,
  field: string,
  name: string,
): CountryFeature {
  const found = countries.get(name);
  if (found) return found;
  const suggestion = closestId(name, countries.keys());
  throw new MapDataError(
    file,
    field,
    name,
    `${file}: ${field} names unknown country "${name}". Country names are Natural Earth's, as in ${ATLAS_FILE}.` +
      (suggestion === undefined ? '' : ` Did you mean "${suggestion}"?`),
    suggestion,
  );
}

/** The projection: an equal-area conic centred on the framed countries and fitted to the view. */
function projectionFor(frame: FeatureCollection): GeoProjection {
  const [[west, south], [east, north]] = geoPath().bounds(frame);
  const centreLon = (west + east) / 2;
  // Standard parallels at a sixth of the way in from each edge keep area and shape honest across the frame.
  const span = north - south;
  return geoConicEqualArea()
    .rotate([-centreLon, 0])
    .parallels([south + span / 6, north - span / 6])
    .fitExtent(
      [
        [PADDING, PADDING],
        [MAP_WIDTH - PADDING, MAP_HEIGHT - PADDING],
      ],
      frame,
    )
    .clipExtent([
      [0, 0],
      [MAP_WIDTH, MAP_HEIGHT],
    ]);
}

/** The longest "nice" distance that fits in about a sixth of the map's width at its centre. */
function scaleBar(projection: GeoProjection): { km: number; px: number } {
  const probe = MAP_WIDTH / 6;
  const a = projection.invert?.([MAP_WIDTH / 2, MAP_HEIGHT / 2]);
  const b = projection.invert?.([MAP_WIDTH / 2 + probe, MAP_HEIGHT / 2]);
  if (!a || !b) throw new Error('The map projection cannot be inverted, so no scale bar can be drawn.');
  const kmPerPx = (geoDistance(a, b) * EARTH_KM) / probe;
  const km = [...NICE_KM].reverse().find((n) => n / kmPerPx <= probe) ?? NICE_KM[0] ?? 100;
  return { km, px: Math.round((km / kmPerPx) * 10) / 10 };
}

/**
 * Computes the map of `data` (read from `file`, named in errors).
 * @throws MapDataError when a country name is not in the atlas, or a bordering country is not named.
 */
export function buildMap(data: MapData, file: string, topology?: Topology): MapModel {
  const all = atlasCountries(topology);
  const focusFeature = lookup(all, file, 'focus', data.focus);
  const frame: FeatureCollection = {
    type: 'FeatureCollection',
    features: data.frame.map((name, i) => lookup(all, file, `frame[${i}]`, name)),
  };
  const projection = projectionFor(frame);
  // Whole SVG units: the view is 480 wide and drawn at most about 560 px, so a unit is about a pixel.
  const path = geoPath(projection).digits(0);
  const draw = (f: CountryFeature): string => path(f) ?? '';

  const named = new Set(data.countries.map((c) => c.name));
  const overlayMembers = data.overlays.map((o, oi) =>
    o.members.map((name, mi) => lookup(all, file, `overlays[${oi}] (${o.id}).members[${mi}]`, name)),
  );
  const labels = new Map(data.countries.map((c) => [c.name, c.label ?? c.name]));
  const labelOf = (name: string): string => labels.get(name) ?? name;

  const countries = data.countries.map((c, i): DrawnCountry => {
    const f = lookup(all, file, `countries[${i}].name`, c.name);
    const [x, y] = c.labelAt ? (projection(c.labelAt) ?? [Number.NaN, Number.NaN]) : path.centroid(f);
    return {
      name: c.name,
      label: labelOf(c.name),
      d: draw(f),
      x: Math.round(x * 10) / 10,
      y: Math.round(y * 10) / 10,
      border: c.border,
      focus: c.name === focusFeature.properties.name,
      overlays: data.overlays.filter((o) => o.members.includes(c.name)).map((o) => o.id),
    };
  });
  countries.forEach((c, i) => {
    if (c.d === '' || !(c.x >= 0 && c.x <= MAP_WIDTH && c.y >= 0 && c.y <= MAP_HEIGHT)) {
      throw new MapDataError(
        file,
        `countries[${i}]`,
        c.name,
        `${file}: countries[${i}] names "${c.name}", but its label would fall outside the map. ` +
          'Add the country to `frame`, or give `labelAt: [longitude, latitude]` inside the view.',
      );
    }
  });

  const background = [...all.values()]
    .filter((f) => !named.has(f.properties.name))
    .map(draw)
    .filter((d) => d !== '')
    .join('');

  const overlays = data.overlays.map((o, oi): DrawnOverlay => {
    const drawn = (overlayMembers[oi] ?? []).map((f) => ({
      name: f.properties.name,
      label: labelOf(f.properties.name),
      d: draw(f),
    }));
    return {
      id: o.id,
      label: o.label,
      glossary: o.glossary,
      note: o.note,
      shown: o.shown,
      index: oi + 1,
      members: drawn.filter((m) => m.d !== ''),
      offMap: drawn.filter((m) => m.d === '').map((m) => m.label),
      sources: o.sources,
    };
  });

  return {
    width: MAP_WIDTH,
    height: MAP_HEIGHT,
    focus: labelOf(focusFeature.properties.name),
    background,
    countries,
    overlays,
    scale: scaleBar(projection),
  };
}

/** One row of the map's text alternative. */
export interface MapTableRow {
  country: string;
  /** Border with the focus country in km, or undefined when it has none or the content gives none. */
  border: number | undefined;
  /** Membership by overlay id. */
  member: Record<string, boolean>;
}

/**
 * The table that carries the map's facts: every named country, then every overlay member that the
 * map does not name (so a member outside the view is still in the table).
 */
export function mapTable(model: MapModel): MapTableRow[] {
  const memberOf = (label: string): Record<string, boolean> =>
    Object.fromEntries(
      model.overlays.map((o) => [o.id, o.members.some((m) => m.label === label) || o.offMap.includes(label)]),
    );
  const rows: MapTableRow[] = model.countries.map((c) => ({
    country: c.label,
    border: c.border,
    member: memberOf(c.label),
  }));
  const seen = new Set(rows.map((r) => r.country));
  for (const overlay of model.overlays) {
    for (const label of [...overlay.members.map((m) => m.label), ...overlay.offMap]) {
      if (seen.has(label)) continue;
      seen.add(label);
      rows.push({ country: label, border: undefined, member: memberOf(label) });
    }
  }
  return rows;
}
