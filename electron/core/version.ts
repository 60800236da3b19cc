import pkg from '../../package.json' with { type: 'json' };
import pdfjsPkg from 'pdfjs-dist/package.json' with { type: 'json' };
import tesseractPkg from 'tesseract.js/package.json' with { type: 'json' };

export const SPOOR_VERSION: string = pkg.version;

/** Recorded in each document's provenance, so a later re-extraction can tell what produced the text. */
export const IMPORTER_ID = `spoor ${pkg.version}; pdfjs-dist ${pdfjsPkg.version}; tesseract.js ${tesseractPkg.version} (nld best_int)`;
