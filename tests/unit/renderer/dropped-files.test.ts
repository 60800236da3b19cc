import { describe, expect, it } from 'vitest';
import { collectDroppedFiles, type DroppedEntry } from '../../../renderer/components/dropped-files';

function file(name: string): DroppedEntry {
  return { name, isFile: true, isDirectory: false, file: (success: (file: File) => void) => success(new File([name], name)) } as DroppedEntry;
}

/** A folder whose reader hands out its entries two at a time, as browsers hand them out in batches. */
function folder(name: string, children: DroppedEntry[]): DroppedEntry {
  return {
    name,
    isFile: false,
    isDirectory: true,
    createReader: () => {
      let at = 0;
      return {
        readEntries: (success: (entries: DroppedEntry[]) => void) => {
          const batch = children.slice(at, at + 2);
          at += batch.length;
          success(batch);
        },
      };
    },
  } as DroppedEntry;
}

const names = (files: File[]) => files.map((f) => f.name);

describe('collectDroppedFiles', () => {
  it('walks dropped folders recursively in name order, skipping hidden entries, beside dropped files', async () => {
    const dropped = [
      folder('bundel', [file('b.pdf'), folder('bijlagen', [file('z.eml'), file('a.txt')]), file('.DS_Store'), folder('.git', [file('config')]), file('a.pdf')]),
      file('los.docx'),
    ];
    const result = await collectDroppedFiles(dropped);
    expect(names(result.files)).toEqual(['a.pdf', 'b.pdf', 'a.txt', 'z.eml', 'los.docx']);
    expect(result).toMatchObject({ tooMany: false, tooDeep: false });
  });

  it('stops at the file limit and says so', async () => {
    const many = folder('veel', Array.from({ length: 7 }, (_, i) => file(`f${i}.txt`)));
    const result = await collectDroppedFiles([many], { files: 5, depth: 12 });
    expect(names(result.files)).toEqual(['f0.txt', 'f1.txt', 'f2.txt', 'f3.txt', 'f4.txt']);
    expect(result.tooMany).toBe(true);
  });

  it('leaves out folders beyond the depth limit and says so', async () => {
    const deep = folder('1', [file('top.txt'), folder('2', [file('middle.txt'), folder('3', [file('deep.txt')])])]);
    const result = await collectDroppedFiles([deep], { files: 100, depth: 2 });
    expect(names(result.files)).toEqual(['middle.txt', 'top.txt']);
    expect(result.tooDeep).toBe(true);
  });
});
