/**
 * Speakers of the "Who is speaking?" layer. A lesson's claims file declares its speakers; each
 * gets a colour from a fixed palette (`--gl-speaker-1` … `--gl-speaker-N` in global.css) and a
 * line style for its underline, in the order they are declared. Colours are never tied to a
 * person, so a new lesson needs no new CSS. Every claim also carries a text label, so neither
 * colour nor line style is ever the only signal.
 */

/** How many colours the palette has; global.css defines `--gl-speaker-1` to this, light and dark. */
export const SPEAKER_COLOURS = 6;

/** Underline styles, handed out in this order (lesson.css draws each). */
export const SPEAKER_LINES = ['solid', 'dashed', 'dotted', 'double'] as const;

export type SpeakerLine = (typeof SPEAKER_LINES)[number];

/** The most speakers a lesson may declare: past this a colour and line pair would repeat. */
export const MAX_SPEAKERS = SPEAKER_COLOURS * SPEAKER_LINES.length;

/** How one speaker is drawn. */
export interface SpeakerLook {
  /** Palette slot, 1-based: the claim uses `--gl-speaker-<colour>`. */
  colour: number;
  /** Underline style. */
  line: SpeakerLine;
}

/**
 * The look of the speaker at `index` (0-based, in declaration order). The first round gives each
 * palette colour in turn with the line styles in turn; once the colours run out they repeat,
 * each with a line style it has not had yet, so the first {@link MAX_SPEAKERS} speakers all
 * differ in colour or line.
 */
export function speakerLook(index: number): SpeakerLook {
  if (!Number.isInteger(index) || index < 0) throw new RangeError(`speaker index must be 0 or more, got ${index}`);
  const round = Math.floor(index / SPEAKER_COLOURS);
  const slot = index % SPEAKER_COLOURS;
  // 3 is coprime with the 4 line styles, so each round shifts every colour to a new line style.
  const line = SPEAKER_LINES[(slot + 3 * round) % SPEAKER_LINES.length] ?? 'solid';
  return { colour: slot + 1, line };
}

/** A speaker as declared in content. */
export interface SpeakerDeclaration {
  id: string;
  glossary?: string | undefined;
  label?: string | undefined;
}

/** A speaker ready to draw. */
export interface ResolvedSpeaker extends SpeakerLook {
  id: string;
  /** Visible name: the declared label, else the glossary entry's headword, else the id. */
  label: string;
}

/** Labels and looks for a lesson's declared speakers, in declaration order. */
export function resolveSpeakers(
  speakers: readonly SpeakerDeclaration[],
  headwords: ReadonlyMap<string, string>,
): ResolvedSpeaker[] {
  return speakers.map((s, i) => ({
    id: s.id,
    label: s.label ?? (s.glossary === undefined ? undefined : headwords.get(s.glossary)) ?? s.id,
    ...speakerLook(i),
  }));
}
