import type { CSSProperties } from 'react';

/** A range of page text to mark: a search hit, a coded passage, a citation. */
export interface Highlight {
  start: number;
  end: number;
  /** What kind of mark this is; becomes a CSS class `mark-<kind>`. */
  kind: string;
  /** Optional colour (e.g. a code's colour). */
  color?: string;
  /** Shown as the mark's title. */
  label?: string;
  /** A solid colour drawn as an underline stripe, so that overlapping highlights each stay visible. */
  stripe?: string;
  /** A short visible label (a code's id) after the highlight's last piece, so that its colour is never the only sign of what it is. */
  tag?: string;
}

interface Segment {
  start: number;
  end: number;
  marks: Highlight[];
}

/** Cuts text at every highlight boundary; each piece knows which highlights cover it, so overlaps stay distinct. */
export function segment(length: number, highlights: readonly Highlight[]): Segment[] {
  const valid = highlights.filter((h) => h.start < h.end && h.start >= 0 && h.end <= length);
  const cuts = [...new Set([0, length, ...valid.flatMap((h) => [h.start, h.end])])].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < cuts.length; i += 1) {
    const start = cuts[i] as number;
    const end = cuts[i + 1] as number;
    segments.push({ start, end, marks: valid.filter((h) => h.start <= start && h.end >= end) });
  }
  return segments;
}

/** Background of a piece: its top highlight's colour, with a stripe per highlight that has one. */
export function markStyle(marks: readonly Highlight[], stripeWidth = 3): CSSProperties | undefined {
  const top = marks[marks.length - 1];
  const stripes = marks.flatMap((mark) => (mark.stripe ? [mark.stripe] : []));
  if (!top?.color && stripes.length === 0) return undefined;
  return {
    ...(top?.color ? { backgroundColor: top.color } : {}),
    ...(stripes.length > 0 ? { boxShadow: stripes.map((color, index) => `inset 0 -${(index + 1) * stripeWidth}px 0 ${color}`).join(', ') } : {}),
  };
}

/** The tags of the highlights that end with this piece, for its `data-tag` (drawn by CSS, so the page text stays as it is). */
export function endingTags(marks: readonly Highlight[], pieceEnd: number): string | undefined {
  const tags = marks.flatMap((mark) => (mark.tag && mark.end === pieceEnd ? [mark.tag] : []));
  return tags.length > 0 ? tags.join(' ') : undefined;
}

/** Page text as text (never HTML), with highlights as <mark> elements. */
export function PageText({ text, highlights = [] }: { text: string; highlights?: readonly Highlight[] }) {
  if (highlights.length === 0) return <>{text}</>;
  return (
    <>
      {segment(text.length, highlights).map((piece) => {
        const content = text.slice(piece.start, piece.end);
        if (piece.marks.length === 0) return <span key={piece.start}>{content}</span>;
        return (
          <mark
            key={piece.start}
            className={piece.marks.map((mark) => `mark-${mark.kind}`).join(' ')}
            data-start={piece.start}
            data-tag={endingTags(piece.marks, piece.end)}
            style={markStyle(piece.marks)}
            title={piece.marks.map((mark) => mark.label).filter(Boolean).join(' · ') || undefined}
          >
            {content}
          </mark>
        );
      })}
    </>
  );
}
