import { z } from 'zod';
import { Bilingual, BilingualList, CodeId, CodeLabel, Codebook, Color, Shortcut } from '../model/coding';
import { FileRef } from '../model/import';
import { NoInput } from './common';
import { call } from './define';

/**
 * A file to read: an upload reference (headless host), or the file as the
 * UI read it where there is no upload (Electron): text, or base64 for a
 * binary file such as a .qdpx.
 */
export const TextFileInput = z.union([
  z.strictObject({ file: FileRef.shape.id }),
  z.strictObject({ content: z.string().min(1).max(64 * 1024 * 1024) }),
  z.strictObject({ base64: z.string().min(1).max(96 * 1024 * 1024).regex(/^[A-Za-z0-9+/]*={0,2}$/) }),
]);
export type TextFileInput = z.infer<typeof TextFileInput>;

/** A small text file for the UI to offer as a download (a codebook, a coding export). */
export const TextDownload = z.strictObject({ fileName: z.string(), mediaType: z.string(), content: z.string() });
export type TextDownload = z.infer<typeof TextDownload>;

export const codebookCalls = {
  'codebook:get': call(NoInput, Codebook),
  'codebook:add': call(
    z.strictObject({
      id: CodeId.optional(),
      label: CodeLabel,
      definition: Bilingual.optional(),
      indicators: BilingualList.optional(),
      parentId: CodeId.nullable().optional(),
      color: Color.optional(),
      shortcut: Shortcut.nullable().optional(),
    }),
    Codebook,
  ),
  /** Rename, recolour, redefine, change the shortcut. */
  'codebook:update': call(
    z.strictObject({
      id: CodeId,
      label: CodeLabel.optional(),
      definition: Bilingual.optional(),
      indicators: BilingualList.optional(),
      color: Color.optional(),
      shortcut: Shortcut.nullable().optional(),
    }),
    Codebook,
  ),
  /** Nest under another code (or at the top with null) at a position among the new siblings. */
  'codebook:move': call(z.strictObject({ id: CodeId, parentId: CodeId.nullable(), index: z.number().int().nonnegative() }), Codebook),
  /** The source's passages follow into the target; the source is retired, pointing at the target. */
  'codebook:merge': call(z.strictObject({ sourceId: CodeId, targetId: CodeId }), z.strictObject({ codebook: Codebook, movedPassages: z.number().int() })),
  'codebook:retire': call(z.strictObject({ id: CodeId }), Codebook),
  'codebook:restore': call(z.strictObject({ id: CodeId }), Codebook),
  /** REFI-QDA codebook (.qdc). */
  'codebook:exportQdc': call(NoInput, TextDownload),
  /** Adds the codes of a .qdc this codebook lacks (matched by GUID); existing codes are left as they are. */
  'codebook:importQdc': call(TextFileInput, z.strictObject({ codebook: Codebook, added: z.array(CodeId), alreadyPresent: z.array(CodeId) })),
};
