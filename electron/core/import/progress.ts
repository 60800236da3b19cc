import { secondsLeft } from '../../../shared/progress/time-left';

/**
 * How far a batch is and how long it will still take. Each file weighs by
 * its size (with a floor, so a hundred small notes do not count as nothing);
 * within a file, pages tell how far extraction is. The time left comes from
 * the shared estimator (shared/progress), once there is enough done to go on.
 */
const MIN_WEIGHT = 256 * 1024;

export class BatchProgress {
  private readonly weights: number[];
  private readonly total: number;
  private readonly fractions: number[];
  private readonly startedAt: number;

  constructor(sizes: readonly number[], private readonly now: () => number = Date.now) {
    this.weights = sizes.map((size) => Math.max(size, MIN_WEIGHT));
    this.total = this.weights.reduce((sum, weight) => sum + weight, 0) || 1;
    this.fractions = sizes.map(() => 0);
    this.startedAt = now();
  }

  /** Records how far file `index` is (0–1); progress never goes backwards. */
  set(index: number, fraction: number): void {
    const clamped = Math.min(1, Math.max(0, fraction));
    this.fractions[index] = Math.max(this.fractions[index] ?? 0, clamped);
  }

  overall(): { fraction: number; etaSeconds?: number } {
    const done = this.fractions.reduce((sum, fraction, index) => sum + fraction * (this.weights[index] ?? 0), 0);
    const fraction = Math.min(1, done / this.total);
    if (fraction >= 1) return { fraction: 1, etaSeconds: 0 };
    const etaSeconds = secondsLeft({ startedAt: this.startedAt, now: this.now(), fraction });
    return etaSeconds === undefined ? { fraction } : { fraction, etaSeconds };
  }
}

/** Where a file is within its own import, 0–1: hashing first, then extraction page by page, then storing. */
export function fileFraction(phase: 'hashing' | 'extracting' | 'storing' | 'done', page = 0, pageCount = 0): number {
  if (phase === 'hashing') return 0.02;
  if (phase === 'storing') return 0.97;
  if (phase === 'done') return 1;
  return 0.05 + (pageCount > 0 ? (0.9 * page) / pageCount : 0);
}
