import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import type { Element } from '@xmldom/xmldom';
import { SpoorError } from '../../errors';
import type { Code, Codebook } from '../../model/coding';
import { codeElements, readCodes, type ImportedCode } from './codes';
import { childElements, codePointLength, element, firstChild, normaliseGuid, parseXml, requireAttribute, textElement, textOf, utf16Index } from './xml';

/**
 * A REFI-QDA project (`.qdpx`): a zip with `project.qde` and the sources in
 * `sources/`. Each document is a PDFSource (the original) with a plain-text
 * Representation, or a TextSource; coded passages are PlainTextSelections
 * on that text, whose pages are joined by form feeds. Memos are Notes,
 * referred to from what they are about; case memos hang on the project.
 */

export const PROJECT_NAMESPACE = 'urn:QDA-XML:project:1.0';
export const PAGE_SEPARATOR = '\f';

export interface QdpxUser {
  guid: string;
  name: string;
}

export interface QdpxSource {
  guid: string;
  name: string;
  kind: 'pdf' | 'text';
  /** File name inside `sources/` for the original (PDF) or the text (text sources). */
  fileName: string;
  original: Uint8Array;
  pages: string[];
  /** The plain-text representation of a PDF: its own GUID and file. */
  representationGuid: string;
  createdAt: string;
  creatingUser?: string;
  noteGuids: string[];
}

export interface QdpxSegment {
  guid: string;
  sourceGuid: string;
  /** Page (1-based) and UTF-16 offsets in that page's text, as Spoor anchors them. */
  page: number;
  start: number;
  end: number;
  createdAt: string;
  creatingUser?: string;
  codings: Array<{ guid: string; codeGuid: string; creatingUser?: string; createdAt: string }>;
  noteGuids: string[];
}

export interface QdpxNote {
  guid: string;
  name: string;
  text: string;
  creatingUser?: string;
  createdAt: string;
  modifiedAt: string;
}

export interface QdpxProject {
  name: string;
  origin: string;
  createdAt: string;
  users: QdpxUser[];
  codebook: Codebook;
  codeNotes: ReadonlyMap<string, string[]>;
  sources: QdpxSource[];
  segments: QdpxSegment[];
  notes: QdpxNote[];
  projectNoteGuids: string[];
}

/** Where page `page` starts in the joined text, in code points (REFI-QDA positions). */
function pageStarts(pages: readonly string[]): number[] {
  const starts: number[] = [];
  let at = 0;
  for (const page of pages) {
    starts.push(at);
    at += codePointLength(page) + codePointLength(PAGE_SEPARATOR);
  }
  return starts;
}

const noteRefs = (guids: readonly string[]) => guids.map((guid) => element('NoteRef', { targetGUID: guid }));

function selectionElement(segment: QdpxSegment, pages: readonly string[], starts: readonly number[]): string {
  const text = pages[segment.page - 1] ?? '';
  const base = starts[segment.page - 1] ?? 0;
  const startPosition = base + codePointLength(text.slice(0, segment.start));
  const endPosition = base + codePointLength(text.slice(0, segment.end));
  return element(
    'PlainTextSelection',
    {
      guid: segment.guid,
      name: text.slice(segment.start, segment.end).slice(0, 80),
      startPosition,
      endPosition,
      creatingUser: segment.creatingUser,
      creationDateTime: segment.createdAt,
    },
    [
      ...segment.codings.map((coding) =>
        element('Coding', { guid: coding.guid, creatingUser: coding.creatingUser, creationDateTime: coding.createdAt }, [element('CodeRef', { targetGUID: coding.codeGuid })]),
      ),
      ...noteRefs(segment.noteGuids),
    ],
  );
}

function sourceElement(source: QdpxSource, segments: readonly QdpxSegment[]): string {
  const starts = pageStarts(source.pages);
  const selections = segments.filter((segment) => segment.sourceGuid === source.guid).map((segment) => selectionElement(segment, source.pages, starts));
  const audit = { creatingUser: source.creatingUser, creationDateTime: source.createdAt };
  if (source.kind === 'pdf') {
    const representation = element('Representation', { guid: source.representationGuid, name: source.name, plainTextPath: `internal://${source.representationGuid}.txt`, ...audit }, selections);
    return element('PDFSource', { guid: source.guid, name: source.name, path: `internal://${source.fileName}`, ...audit }, [representation, ...noteRefs(source.noteGuids)]);
  }
  return element('TextSource', { guid: source.guid, name: source.name, plainTextPath: `internal://${source.fileName}`, ...audit }, [...selections, ...noteRefs(source.noteGuids)]);
}

export function writeProjectXml(project: QdpxProject): string {
  const children = [
    element('Users', {}, project.users.map((user) => element('User', { guid: user.guid, name: user.name }))),
    element('CodeBook', {}, [element('Codes', {}, codeElements(project.codebook, null, (code: Code) => noteRefs(project.codeNotes.get(code.id) ?? [])))]),
  ];
  if (project.sources.length > 0) children.push(element('Sources', {}, project.sources.map((source) => sourceElement(source, project.segments))));
  if (project.notes.length > 0) {
    children.push(
      element(
        'Notes',
        {},
        project.notes.map((note) =>
          element('Note', { guid: note.guid, name: note.name, creatingUser: note.creatingUser, creationDateTime: note.createdAt, modifiedDateTime: note.modifiedAt }, [
            textElement('PlainTextContent', note.text),
          ]),
        ),
      ),
    );
  }
  children.push(...noteRefs(project.projectNoteGuids));
  return `<?xml version="1.0" encoding="utf-8"?>\n${element('Project', { xmlns: PROJECT_NAMESPACE, name: project.name, origin: project.origin, creationDateTime: project.createdAt }, children)}\n`;
}

/** The `.qdpx` bytes: project.qde plus every source file. */
export function writeQdpx(project: QdpxProject): Uint8Array {
  const files: Zippable = { 'project.qde': strToU8(writeProjectXml(project)) };
  for (const source of project.sources) {
    if (source.kind === 'pdf') {
      files[`sources/${source.fileName}`] = [source.original, { level: 0 }];
      files[`sources/${source.representationGuid}.txt`] = strToU8(source.pages.join(PAGE_SEPARATOR));
    } else {
      files[`sources/${source.fileName}`] = strToU8(source.pages.join(PAGE_SEPARATOR));
    }
  }
  return zipSync(files, { level: 6, mtime: new Date('2000-01-01T00:00:00Z') });
}

/** What a `.qdpx` holds, in Spoor's terms (page and UTF-16 offsets), before it is matched to a case. */
export interface ReadProject {
  name: string;
  users: Map<string, string>;
  codes: ImportedCode[];
  sources: Array<{ guid: string; name: string; kind: 'pdf' | 'text'; original: Uint8Array | undefined; pages: string[]; noteGuids: string[] }>;
  segments: Array<{ guid: string; sourceGuid: string; page: number; start: number; end: number; createdAt?: string; creatingUser?: string; codings: Array<{ codeGuid: string; creatingUser?: string; createdAt?: string }>; noteGuids: string[] }>;
  notes: Map<string, { name: string; text: string; creatingUser?: string; createdAt?: string; modifiedAt?: string }>;
  projectNoteGuids: string[];
}

function invalid(reason: string): SpoorError {
  return new SpoorError('refiqda.invalid', reason, { reason });
}

function internalFile(files: Record<string, Uint8Array>, path: string | null): Uint8Array | undefined {
  if (!path?.startsWith('internal://')) return undefined;
  const name = path.slice('internal://'.length);
  const key = Object.keys(files).find((candidate) => candidate.toLowerCase() === `sources/${name}`.toLowerCase());
  return key ? files[key] : undefined;
}

/** Finds a position (code points in the joined text) as a page and a UTF-16 offset on it. */
function locate(pages: readonly string[], starts: readonly number[], position: number): { page: number; offset: number } {
  let page = 0;
  while (page + 1 < starts.length && (starts[page + 1] as number) <= position) page += 1;
  const text = pages[page] ?? '';
  return { page: page + 1, offset: utf16Index(text, position - (starts[page] ?? 0)) };
}

function readSelections(parent: Element, sourceGuid: string, pages: readonly string[], file: string): ReadProject['segments'] {
  const starts = pageStarts(pages);
  return childElements(parent, 'PlainTextSelection').flatMap((selection) => {
    const guid = normaliseGuid(requireAttribute(selection, 'guid', file));
    const startPosition = Number(requireAttribute(selection, 'startPosition', file));
    const endPosition = Number(requireAttribute(selection, 'endPosition', file));
    if (!guid || !Number.isInteger(startPosition) || !Number.isInteger(endPosition) || endPosition <= startPosition) return [];
    const from = locate(pages, starts, startPosition);
    const to = locate(pages, starts, endPosition);
    // A selection across a page break is kept on its first page, up to the page's end.
    const end = to.page === from.page ? to.offset : (pages[from.page - 1] ?? '').length;
    const codings = childElements(selection, 'Coding').flatMap((coding) => {
      const codeGuid = normaliseGuid(firstChild(coding, 'CodeRef')?.getAttribute('targetGUID') ?? null);
      return codeGuid ? [{ codeGuid, creatingUser: normaliseGuid(coding.getAttribute('creatingUser')), createdAt: coding.getAttribute('creationDateTime') ?? undefined }] : [];
    });
    return [
      {
        guid,
        sourceGuid,
        page: from.page,
        start: from.offset,
        end,
        createdAt: selection.getAttribute('creationDateTime') ?? undefined,
        creatingUser: normaliseGuid(selection.getAttribute('creatingUser')),
        codings,
        noteGuids: childElements(selection, 'NoteRef').flatMap((ref) => normaliseGuid(ref.getAttribute('targetGUID')) ?? []),
      },
    ];
  });
}

export function readQdpx(bytes: Uint8Array): ReadProject {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes);
  } catch (error) {
    throw invalid(`not a zip archive: ${error instanceof Error ? error.message : String(error)}`);
  }
  const qde = files['project.qde'];
  if (!qde) throw invalid('project.qde is missing');
  const root = parseXml(strFromU8(qde), 'project.qde');
  if (root.localName !== 'Project') throw invalid(`project.qde: the root element is <${root.localName}>, not <Project>`);
  const file = 'project.qde';

  const users = new Map<string, string>();
  for (const user of childElements(firstChild(root, 'Users') ?? root, 'User')) {
    const guid = normaliseGuid(user.getAttribute('guid'));
    if (guid) users.set(guid, user.getAttribute('name') ?? guid);
  }
  const codesElement = firstChild(firstChild(root, 'CodeBook') ?? root, 'Codes');
  const codes = codesElement ? readCodes(codesElement, null, file) : [];

  const sources: ReadProject['sources'] = [];
  const segments: ReadProject['segments'] = [];
  const sourcesElement = firstChild(root, 'Sources');
  const textOfFile = (path: string | null) => {
    const data = internalFile(files, path);
    return data ? strFromU8(data) : undefined;
  };
  for (const source of sourcesElement ? childElements(sourcesElement, 'PDFSource') : []) {
    const guid = normaliseGuid(requireAttribute(source, 'guid', file));
    const representation = firstChild(source, 'Representation');
    if (!guid || !representation) continue;
    const text = textOf(representation, 'PlainTextContent') ?? textOfFile(representation.getAttribute('plainTextPath')) ?? '';
    const pages = text.split(PAGE_SEPARATOR);
    sources.push({ guid, name: source.getAttribute('name') ?? guid, kind: 'pdf', original: internalFile(files, source.getAttribute('path')), pages, noteGuids: childElements(source, 'NoteRef').flatMap((ref) => normaliseGuid(ref.getAttribute('targetGUID')) ?? []) });
    segments.push(...readSelections(representation, guid, pages, file));
  }
  for (const source of sourcesElement ? childElements(sourcesElement, 'TextSource') : []) {
    const guid = normaliseGuid(requireAttribute(source, 'guid', file));
    if (!guid) continue;
    const text = textOf(source, 'PlainTextContent') ?? textOfFile(source.getAttribute('plainTextPath')) ?? '';
    const pages = text.split(PAGE_SEPARATOR);
    sources.push({ guid, name: source.getAttribute('name') ?? guid, kind: 'text', original: internalFile(files, source.getAttribute('plainTextPath')), pages, noteGuids: childElements(source, 'NoteRef').flatMap((ref) => normaliseGuid(ref.getAttribute('targetGUID')) ?? []) });
    segments.push(...readSelections(source, guid, pages, file));
  }

  const notes: ReadProject['notes'] = new Map();
  for (const note of childElements(firstChild(root, 'Notes') ?? root, 'Note')) {
    const guid = normaliseGuid(note.getAttribute('guid'));
    if (!guid) continue;
    notes.set(guid, {
      name: note.getAttribute('name') ?? '',
      text: textOf(note, 'PlainTextContent') ?? textOfFile(note.getAttribute('plainTextPath')) ?? '',
      creatingUser: normaliseGuid(note.getAttribute('creatingUser')),
      createdAt: note.getAttribute('creationDateTime') ?? undefined,
      modifiedAt: note.getAttribute('modifiedDateTime') ?? undefined,
    });
  }
  const projectNoteGuids = childElements(root, 'NoteRef').flatMap((ref) => normaliseGuid(ref.getAttribute('targetGUID')) ?? []);
  return { name: root.getAttribute('name') ?? '', users, codes, sources, segments, notes, projectNoteGuids };
}
