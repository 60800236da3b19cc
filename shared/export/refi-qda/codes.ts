import type { Element } from '@xmldom/xmldom';
import { Shortcut, type Code, type Codebook } from '../../model/coding';
import { childElements, element, normaliseGuid, requireAttribute, textElement, textOf } from './xml';

/**
 * Codes as REFI-QDA writes them: name, colour, codable, nesting, and one
 * Description. Spoor's second language, indicators, id and shortcut go in
 * the Description as labelled lines a person can read in any QDA program,
 * and that Spoor reads back.
 */

/** `Spoor: id=BO1; shortcut=1; codable=true; retired=<time>; retired-by=<name>; merged-into=SV3` */
const SPOOR_LINE = /^Spoor: (.*)$/;

function spoorLine(code: Code): string {
  const fields: Array<[string, string]> = [['id', code.id], ['codable', String(code.codable)]];
  if (code.shortcut) fields.push(['shortcut', code.shortcut]);
  if (code.retired) {
    fields.push(['retired', code.retired.at], ['retired-by', code.retired.by.replace(/[;=\n]/g, ' ')]);
    if (code.retired.mergedInto) fields.push(['merged-into', code.retired.mergedInto]);
  }
  return `Spoor: ${fields.map(([key, value]) => `${key}=${value}`).join('; ')}`;
}

function parseSpoorLine(line: string): Record<string, string> | undefined {
  const match = SPOOR_LINE.exec(line);
  if (!match?.[1]) return undefined;
  const fields = Object.fromEntries(
    match[1].split('; ').flatMap((pair) => {
      const at = pair.indexOf('=');
      return at > 0 ? [[pair.slice(0, at), pair.slice(at + 1)]] : [];
    }),
  );
  return typeof fields['id'] === 'string' && /^[A-Za-z][A-Za-z0-9_.-]{0,39}$/.test(fields['id']) ? fields : undefined;
}

function escapeLine(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\r?\n/g, '\\n');
}

function unescapeLine(text: string): string {
  return text.replace(/\\(\\|n)/g, (_whole, char: string) => (char === 'n' ? '\n' : '\\'));
}

function joinList(items: readonly string[]): string {
  return items.map((item) => escapeLine(item).replace(/\|/g, '\\|')).join(' | ');
}

function splitList(line: string): string[] {
  if (line.trim() === '') return [];
  return line.split(/(?<!\\) \| /).map((item) => unescapeLine(item.replace(/\\\|/g, '|')));
}

export function describeCode(code: Code): string {
  return [
    `Definitie: ${escapeLine(code.definition.nl)}`,
    `Indicatoren: ${joinList(code.indicators.nl)}`,
    `English: ${escapeLine(code.label.en)}`,
    `Definition: ${escapeLine(code.definition.en)}`,
    `Indicators: ${joinList(code.indicators.en)}`,
    spoorLine(code),
  ].join('\n');
}

export interface ParsedDescription {
  id?: string;
  shortcut?: string;
  codable?: boolean;
  retired?: { at: string; by: string; mergedInto?: string };
  labelEn?: string;
  definition: { nl: string; en: string };
  indicators: { nl: string[]; en: string[] };
}

/** Reads a Description written by Spoor; any other text becomes the definition in both languages. */
export function parseDescription(text: string): ParsedDescription {
  const lines = text.split('\n');
  const field = (label: string) => lines.find((line) => line.startsWith(`${label}: `) || line === `${label}:`)?.slice(label.length + 2) ?? undefined;
  const spoor = lines.map(parseSpoorLine).find(Boolean);
  if (!spoor) return { definition: { nl: text.trim(), en: text.trim() }, indicators: { nl: [], en: [] } };
  const retiredAt = spoor['retired'];
  return {
    id: spoor['id'],
    shortcut: spoor['shortcut'],
    codable: spoor['codable'] === undefined ? undefined : spoor['codable'] === 'true',
    retired: retiredAt ? { at: retiredAt, by: spoor['retired-by'] ?? '', ...(spoor['merged-into'] ? { mergedInto: spoor['merged-into'] } : {}) } : undefined,
    labelEn: field('English') === undefined ? undefined : unescapeLine(field('English') ?? ''),
    definition: { nl: unescapeLine(field('Definitie') ?? ''), en: unescapeLine(field('Definition') ?? '') },
    indicators: { nl: splitList(field('Indicatoren') ?? ''), en: splitList(field('Indicators') ?? '') },
  };
}

/** `<Code>` elements for the codes under `parentId`, recursively; `noteRefs` adds NoteRef children (projects only). */
export function codeElements(codebook: Codebook, parentId: string | null, noteRefs?: (code: Code) => string[]): string[] {
  return codebook.codes
    .filter((code) => code.parentId === parentId)
    .map((code) =>
      element('Code', { guid: code.guid, name: code.label.nl, isCodable: code.codable && !code.retired, color: code.color.toUpperCase() }, [
        textElement('Description', describeCode(code)),
        ...(noteRefs ? noteRefs(code) : []),
        ...codeElements(codebook, code.id, noteRefs),
      ]),
    );
}

/** A code as read from a REFI-QDA file, before it joins a codebook. */
export interface ImportedCode {
  guid: string;
  parentGuid: string | null;
  name: string;
  color?: string;
  codable: boolean;
  description: ParsedDescription;
  noteGuids: string[];
}

export function readCodes(parent: Element, parentGuid: string | null, file: string): ImportedCode[] {
  const codes: ImportedCode[] = [];
  for (const node of childElements(parent, 'Code')) {
    const guid = normaliseGuid(requireAttribute(node, 'guid', file));
    if (!guid) continue;
    const color = node.getAttribute('color');
    const normalisedColor = color && /^#[0-9a-fA-F]{6}$/.test(color) ? color.toLowerCase() : color && /^#[0-9a-fA-F]{3}$/.test(color) ? `#${[...color.slice(1)].map((c) => c + c).join('')}`.toLowerCase() : undefined;
    codes.push({
      guid,
      parentGuid,
      name: requireAttribute(node, 'name', file),
      ...(normalisedColor ? { color: normalisedColor } : {}),
      codable: node.getAttribute('isCodable') !== 'false',
      description: parseDescription(textOf(node, 'Description') ?? ''),
      noteGuids: childElements(node, 'NoteRef').flatMap((ref) => normaliseGuid(ref.getAttribute('targetGUID')) ?? []),
    });
    codes.push(...readCodes(node, guid, file));
  }
  return codes;
}

const FALLBACK_COLORS = ['#e76f51', '#2a9d8f', '#8338ec', '#ff006e', '#3a86ff', '#fb8500', '#6a994e', '#bc4749'];

/**
 * Adds imported codes to a codebook: a code whose GUID is already there is
 * left as it is; a new one keeps the id Spoor wrote for it when that id is
 * free, and its nesting.
 */
export function importCodes(codebook: Codebook, imported: readonly ImportedCode[], context: { analyst: string; now: string }) {
  const codes = [...codebook.codes];
  const idOfGuid = new Map(codes.map((code) => [code.guid, code.id]));
  const added: string[] = [];
  const alreadyPresent: string[] = [];
  const taken = new Set(codes.map((code) => code.id));
  const takenShortcuts = new Set(codes.flatMap((code) => (code.shortcut ? [code.shortcut] : [])));
  let counter = 1;
  const freshId = () => {
    while (taken.has(`K${counter}`)) counter += 1;
    return `K${counter}`;
  };
  for (const code of imported) {
    const existing = idOfGuid.get(code.guid);
    if (existing) {
      alreadyPresent.push(existing);
      continue;
    }
    const wanted = code.description.id;
    const id = wanted && !taken.has(wanted) ? wanted : freshId();
    taken.add(id);
    idOfGuid.set(code.guid, id);
    const shortcut = Shortcut.safeParse(code.description.shortcut);
    const useShortcut = shortcut.success && !takenShortcuts.has(shortcut.data) ? shortcut.data : null;
    if (useShortcut) takenShortcuts.add(useShortcut);
    codes.push({
      id,
      guid: code.guid,
      label: { nl: code.name.trim() || id, en: (code.description.labelEn ?? code.name).trim() || id },
      definition: code.description.definition,
      indicators: code.description.indicators,
      parentId: code.parentGuid ? (idOfGuid.get(code.parentGuid) ?? null) : null,
      color: code.color ?? FALLBACK_COLORS[codes.length % FALLBACK_COLORS.length] ?? '#e76f51',
      shortcut: useShortcut,
      codable: code.description.codable ?? code.codable,
      createdAt: context.now,
      createdBy: context.analyst,
      ...(code.description.retired ? { retired: code.description.retired } : {}),
    });
    added.push(id);
  }
  return { codebook: { ...codebook, codes }, added, alreadyPresent, idOfGuid };
}
