/**
 * The on-disk form of an index shard: `SPX1`, a little-endian u32 header
 * length, a JSON header (document ids, grounds, vocabulary, passage texts and
 * the layout of the arrays), then the typed arrays themselves, each aligned
 * to 4 bytes. Loading is one read, one JSON.parse and array views: no
 * per-posting objects, which is what makes a case with 100,000 passages open
 * in well under the 3 s budget.
 */
import { ANALYZER_VERSION } from '../../../shared/search/analyzer';
import type { ShardData } from '../../../shared/search/shard';

const MAGIC = 'SPX1';

const ARRAYS = ['passageDocument', 'passagePage', 'passageStart', 'passageEnd', 'passageLength', 'passageSource', 'passageGrounds', 'offsets', 'postingPassage', 'postingFrequency'] as const;
type ArrayName = (typeof ARRAYS)[number];
type AnyTypedArray = Uint32Array | Uint16Array | Uint8Array | Int32Array;
const CONSTRUCTORS: Record<ArrayName, new (buffer: ArrayBuffer, offset: number, length: number) => AnyTypedArray> = {
  passageDocument: Uint32Array,
  passagePage: Uint32Array,
  passageStart: Uint32Array,
  passageEnd: Uint32Array,
  passageLength: Uint32Array,
  passageSource: Uint8Array,
  passageGrounds: Int32Array,
  offsets: Uint32Array,
  postingPassage: Uint32Array,
  postingFrequency: Uint16Array,
};

interface Header {
  analyzer: number;
  id: string;
  documents: string[];
  groundSets: string[][];
  vocabulary: string;
  texts: string[];
  totalLength: number;
  arrays: Record<ArrayName, [offset: number, length: number]>;
}

export class ShardFormatError extends Error {}

export function encodeShard(shard: ShardData): Buffer {
  const arrays = {} as Header['arrays'];
  let offset = 0;
  for (const name of ARRAYS) {
    const array = shard[name];
    arrays[name] = [offset, array.length];
    offset += Math.ceil(array.byteLength / 4) * 4;
  }
  const header: Header = {
    analyzer: ANALYZER_VERSION,
    id: shard.id,
    documents: shard.documents,
    groundSets: shard.groundSets,
    vocabulary: shard.vocabulary.join('\n'),
    texts: shard.texts,
    totalLength: shard.totalLength,
    arrays,
  };
  const headerBytes = Buffer.from(JSON.stringify(header), 'utf8');
  const headerPadded = Math.ceil((8 + headerBytes.length) / 4) * 4;
  const out = Buffer.alloc(headerPadded + offset);
  out.write(MAGIC, 0, 'latin1');
  out.writeUInt32LE(headerBytes.length, 4);
  headerBytes.copy(out, 8);
  for (const name of ARRAYS) {
    const array = shard[name];
    Buffer.from(array.buffer, array.byteOffset, array.byteLength).copy(out, headerPadded + arrays[name][0]);
  }
  return out;
}

export function decodeShard(bytes: Buffer): ShardData {
  if (bytes.length < 8 || bytes.toString('latin1', 0, 4) !== MAGIC) throw new ShardFormatError('not a Spoor index shard');
  const headerLength = bytes.readUInt32LE(4);
  if (8 + headerLength > bytes.length) throw new ShardFormatError('truncated header');
  const header = JSON.parse(bytes.toString('utf8', 8, 8 + headerLength)) as Header;
  if (header.analyzer !== ANALYZER_VERSION) throw new ShardFormatError(`built by analyzer ${header.analyzer}`);
  const base = Math.ceil((8 + headerLength) / 4) * 4;
  // One aligned copy of the array section, so every view starts on a 4-byte boundary.
  const section = new ArrayBuffer(bytes.length - base);
  new Uint8Array(section).set(bytes.subarray(base));
  const view = <N extends ArrayName>(name: N): ShardData[N] => {
    const [offset, length] = header.arrays[name];
    const Constructor = CONSTRUCTORS[name];
    const end = offset + length * (Constructor as unknown as { BYTES_PER_ELEMENT: number }).BYTES_PER_ELEMENT;
    if (end > section.byteLength) throw new ShardFormatError(`truncated ${name}`);
    return new Constructor(section, offset, length) as ShardData[N];
  };
  const shard: ShardData = {
    id: header.id,
    documents: header.documents,
    groundSets: header.groundSets,
    vocabulary: header.vocabulary === '' ? [] : header.vocabulary.split('\n'),
    texts: header.texts,
    totalLength: header.totalLength,
    passageDocument: view('passageDocument'),
    passagePage: view('passagePage'),
    passageStart: view('passageStart'),
    passageEnd: view('passageEnd'),
    passageLength: view('passageLength'),
    passageSource: view('passageSource'),
    passageGrounds: view('passageGrounds'),
    offsets: view('offsets'),
    postingPassage: view('postingPassage'),
    postingFrequency: view('postingFrequency'),
  };
  const n = shard.passageDocument.length;
  if (shard.texts.length !== n || shard.offsets.length !== shard.vocabulary.length + 1) throw new ShardFormatError('inconsistent shard');
  return shard;
}
