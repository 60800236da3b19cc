import type { Codebook, Passage } from '../../shared/model/coding';
import type { Language } from '../../shared/model/settings';
import type { Highlight } from '../components/PageText';

/** A passage is drawn only where its anchor is known to hold. */
export function isPlaced(passage: Passage): boolean {
  const status = passage.anchorCheck?.status;
  return status !== 'ambiguous' && status !== 'lost';
}

export function codeLabel(codebook: Codebook | undefined, id: string, language: Language): string {
  const code = codebook?.codes.find((c) => c.id === id);
  return code ? `${code.id} ${code.label[language]}` : id;
}

/**
 * One highlight per code on each placed passage: the background shows the
 * last one, and every code adds its own coloured stripe, so overlapping
 * passages and passages with several codes stay distinguishable; the code's
 * id follows the passage as a tag, for readers who cannot tell the colours.
 */
export function passageHighlights(passages: readonly Passage[], codebook: Codebook | undefined, language: Language, focusId?: string): Highlight[] {
  const highlights: Highlight[] = [];
  for (const passage of passages) {
    if (!isPlaced(passage)) continue;
    for (const codeId of new Set(passage.codes.map((application) => application.codeId))) {
      const color = codebook?.codes.find((code) => code.id === codeId)?.color ?? '#888888';
      highlights.push({
        start: passage.anchor.start,
        end: passage.anchor.end,
        kind: passage.id === focusId ? 'code mark-focus' : 'code',
        color: `${color}40`,
        stripe: color,
        label: codeLabel(codebook, codeId, language),
        tag: codeId,
      });
    }
  }
  return highlights;
}
