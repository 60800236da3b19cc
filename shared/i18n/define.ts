/**
 * One area's messages in both languages. The English table must have
 * exactly the keys of the Dutch one; the type checker enforces it.
 */
export interface AreaMessages<K extends string> {
  nl: Readonly<Record<K, string>>;
  en: Readonly<Record<K, string>>;
}

export function defineMessages<const T extends Record<string, string>>(nl: T, en: Record<keyof T, string>): AreaMessages<Extract<keyof T, string>> {
  return { nl, en };
}
