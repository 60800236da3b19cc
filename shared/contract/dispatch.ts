import type { z } from 'zod';
import { SpoorError, toErrorInfo } from '../errors';
import { contract, isChannel, type Channel, type Output, type ParsedInput } from './index';
import { failure, success, type Envelope } from './envelope';

/** The back end's side of the contract: one function per channel. */
export type Handlers = {
  [C in Channel]: (input: ParsedInput<C>) => Promise<Output<C>> | Output<C>;
};

export type Dispatch = (channel: unknown, input: unknown) => Promise<Envelope>;

/** Summarises zod issues as `path: message; …` for a person reading an error. */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.length > 0 ? issue.path.join('.') : '(input)'}: ${issue.message}`)
    .join('; ');
}

/**
 * Wraps handlers so that every call is checked the same way, whatever the
 * transport: the channel must be one of ours, the input is parsed from
 * `unknown`, the output is checked against its schema, and any failure comes
 * back as an error envelope.
 */
export function createDispatcher(handlers: Handlers, onInternalError?: (channel: Channel, error: unknown) => void): Dispatch {
  return async (channel, input) => {
    if (!isChannel(channel)) {
      const shown = typeof channel === 'string' ? channel.slice(0, 100) : typeof channel;
      return failure(new SpoorError('contract.unknownChannel', `Unknown channel: ${shown}`, { channel: shown }).toInfo());
    }
    const spec = contract[channel];
    const parsedInput = spec.input.safeParse(input);
    if (!parsedInput.success) {
      const reason = describeIssues(parsedInput.error);
      return failure(new SpoorError('contract.invalidInput', `Invalid input for ${channel}: ${reason}`, { channel, reason }).toInfo());
    }
    try {
      const handler = handlers[channel] as (input: unknown) => unknown;
      const value = await handler(parsedInput.data);
      const parsedOutput = spec.output.safeParse(value);
      if (!parsedOutput.success) {
        const reason = describeIssues(parsedOutput.error);
        throw new SpoorError('contract.invalidOutput', `Invalid output from ${channel}: ${reason}`, { channel, reason });
      }
      return success(parsedOutput.data);
    } catch (error) {
      if (!(error instanceof SpoorError) || error.code === 'contract.invalidOutput') onInternalError?.(channel, error);
      return failure(toErrorInfo(error));
    }
  };
}
