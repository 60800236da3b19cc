/**
 * The one IPC contract. Every call the UI can make is declared here, once,
 * with zod schemas for its input and output. electron/main binds it to
 * ipcMain, electron/preload builds window.spoor from it, electron/host serves
 * it over HTTP, and the CLI calls the same service directly.
 */
import type { z } from 'zod';
import { appCalls } from './app';
import { caseCalls } from './case';
import { chronologyCalls } from './chronology';
import { codebookCalls } from './codebook';
import { codingCalls } from './coding';
import { documentsCalls } from './documents';
import { filesCalls } from './files';
import { searchCalls } from './search';
import { memosCalls } from './memos';
import { integrityCalls } from './integrity';
import { importCalls } from './import';
import { settingsCalls } from './settings';
import { wooCalls } from './woo';
import { overviewCalls } from './overview';

export const contract = {
  ...appCalls,
  ...settingsCalls,
  ...caseCalls,
  ...filesCalls,
  ...documentsCalls,
  ...searchCalls,
  ...codebookCalls,
  ...codingCalls,
  ...memosCalls,
  ...integrityCalls,
  ...importCalls,
  ...wooCalls,
  ...chronologyCalls,
  ...overviewCalls,
};

export type Contract = typeof contract;
export type Channel = keyof Contract;
export type Input<C extends Channel> = z.input<Contract[C]['input']>;
export type ParsedInput<C extends Channel> = z.output<Contract[C]['input']>;
export type Output<C extends Channel> = z.output<Contract[C]['output']>;

export const CHANNELS = Object.keys(contract) as Channel[];

export function isChannel(value: unknown): value is Channel {
  return typeof value === 'string' && Object.hasOwn(contract, value);
}

export * from './events';
export * from './envelope';
export { CHANNEL_PATTERN } from './define';
