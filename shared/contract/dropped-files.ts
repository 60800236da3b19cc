/**
 * Electron only: files and folders dropped on the window. The preload turns
 * the dropped File objects into paths (the page never sees them) and sends
 * them on this one channel; main grants them like files chosen in the open
 * dialog and answers with opaque refs for `documents:import`.
 */
export const DROPPED_FILES_CHANNEL = 'spoor:dropped-files';

/** Top-level items of one drop that main accepts. */
export const MAX_DROPPED_ITEMS = 1000;
