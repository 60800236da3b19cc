import { compareGroundCodes } from '../../../shared/woo/grounds';

/** Refusal grounds as small labels, `5.1.2e ×3`, in the order of the law. */
export function GroundChips({ counts, codes }: { counts?: Readonly<Record<string, number>>; codes?: readonly string[] }) {
  const entries: Array<[string, number | undefined]> = counts
    ? Object.entries(counts).sort(([a], [b]) => compareGroundCodes(a, b))
    : [...(codes ?? [])].sort(compareGroundCodes).map((code) => [code, undefined]);
  if (entries.length === 0) return <span className="muted">–</span>;
  return (
    <span className="ground-chips">
      {entries.map(([code, count]) => (
        <span key={code} className="ground-chip" data-ground={code}>
          {code}
          {count !== undefined ? <span className="ground-count">×{count}</span> : null}
        </span>
      ))}
    </span>
  );
}
