import { describe, expect, it } from 'vitest';
import { roughDuration, secondsLeft, timeLeftText } from '../../../shared/progress/time-left';

describe('secondsLeft', () => {
  it('gives no estimate in the first two seconds, however far the work is', () => {
    expect(secondsLeft({ startedAt: 0, now: 1999, fraction: 0.5 })).toBeUndefined();
  });

  it('gives no estimate before five percent, however long it has run', () => {
    expect(secondsLeft({ startedAt: 0, now: 60_000, fraction: 0.049 })).toBeUndefined();
  });

  it('scales the time so far by what remains', () => {
    // 10 s for a quarter: 30 s for the other three quarters.
    expect(secondsLeft({ startedAt: 1000, now: 11_000, fraction: 0.25 })).toBe(30);
    expect(secondsLeft({ startedAt: 0, now: 2000, fraction: 0.05 })).toBe(38);
  });

  it('is zero when done and undefined before anything is done', () => {
    expect(secondsLeft({ startedAt: 0, now: 500, fraction: 1 })).toBe(0);
    expect(secondsLeft({ startedAt: 0, now: 5000, fraction: 0 })).toBeUndefined();
    expect(secondsLeft({ startedAt: 0, now: 5000, fraction: Number.NaN })).toBeUndefined();
  });
});

describe('roughDuration', () => {
  it('rounds as a person would say it', () => {
    expect(roughDuration(4)).toEqual({ unit: 'fewSeconds' });
    expect(roughDuration(34)).toEqual({ unit: 'second', value: 30 });
    expect(roughDuration(58)).toEqual({ unit: 'second', value: 50 });
    expect(roughDuration(100)).toEqual({ unit: 'minute', value: 2 });
    expect(roughDuration(3600 + 25 * 60)).toEqual({ unit: 'hour', value: 1, minutes: 25 });
  });
});

describe('timeLeftText', () => {
  it('says it in Dutch and in English with the locale’s units', () => {
    expect(timeLeftText('nl', 120)).toBe('nog ongeveer 2 min');
    expect(timeLeftText('en', 120)).toBe('about 2 mins left');
    expect(timeLeftText('nl', 3)).toBe('nog ongeveer een paar seconden');
    expect(timeLeftText('nl', 2 * 3600 + 10 * 60)).toBe('nog ongeveer 2 uur en 10 min');
    expect(timeLeftText('en', 3600)).toBe('about 1 hour left');
  });
});
