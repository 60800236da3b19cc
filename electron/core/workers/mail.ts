/**
 * E-mail messages (.eml, through mailparser) as one text: the headers as they were, above the body, HTML bodies reduced to
 * text; sender, recipients, date and subject as metadata; attachments as
 * bytes for the importer to import as documents of their own.
 */
import { simpleParser, type AddressObject } from 'mailparser';
import { SpoorError } from '../../../shared/errors';
import type { DocumentMetadata } from '../../../shared/model/document';
import { htmlBodyToText } from './html-text';

export interface Attachment {
  name: string;
  contentType: string;
  data: Uint8Array;
}

/** A message read: its text for the reader, what it says about itself, what it carried. */
export interface Mail {
  text: string;
  metadata: DocumentMetadata;
  attachments: Attachment[];
}

/** Most attachments a single message may bring in; more is a mail bomb, not a mail. */
export const MAX_ATTACHMENTS = 500;

export function assertAttachmentCount(count: number, name: string): void {
  if (count > MAX_ATTACHMENTS) throw new SpoorError('import.limitExceeded', `${name} has ${count} attachments`, { file: name, limit: `${MAX_ATTACHMENTS} attachments` });
}

/** The reader sees the headers as they were, above the body; nothing is rendered as HTML. */
export function mailText(metadata: DocumentMetadata, attachments: readonly Attachment[], body: string): string {
  const header = [
    metadata.sender ? `Van: ${metadata.sender}` : undefined,
    metadata.date ? `Datum: ${metadata.date}` : undefined,
    metadata.recipients?.length ? `Aan: ${metadata.recipients.join('; ')}` : undefined,
    metadata.cc?.length ? `CC: ${metadata.cc.join('; ')}` : undefined,
    metadata.subject ? `Onderwerp: ${metadata.subject}` : undefined,
    attachments.length > 0 ? `Bijlagen: ${attachments.map((a) => a.name).join('; ')}` : undefined,
  ].filter((line) => line !== undefined);
  return `${header.join('\n')}\n\n${body}`;
}

function addresses(value: AddressObject | AddressObject[] | undefined): string[] {
  const objects = value === undefined ? [] : Array.isArray(value) ? value : [value];
  return objects.flatMap((object) =>
    object.value.flatMap((entry) => {
      if (entry.group) return entry.group.map((member) => (member.name ? `${member.name} <${member.address ?? ''}>` : (member.address ?? '')));
      return [entry.name && entry.address ? `${entry.name} <${entry.address}>` : (entry.address ?? entry.name)];
    }),
  ).filter((text) => text.length > 0);
}

export async function readEml(bytes: Buffer, name: string): Promise<Mail> {
  const mail = await simpleParser(bytes, { skipImageLinks: true, skipTextLinks: true, skipTextToHtml: true, maxHtmlLengthToParse: 20 * 1024 * 1024 });
  const metadata: DocumentMetadata = { documentType: 'e-mail' };
  const sender = addresses(mail.from)[0];
  if (sender) metadata.sender = sender;
  const to = addresses(mail.to);
  if (to.length > 0) metadata.recipients = to;
  const cc = addresses(mail.cc);
  if (cc.length > 0) metadata.cc = cc;
  if (mail.subject) metadata.subject = mail.subject;
  if (mail.date && !Number.isNaN(mail.date.getTime())) metadata.date = mail.date.toISOString();

  // mailparser derives `text` from HTML on its own terms (image URLs, upper-cased headings); our converter decides what HTML becomes.
  const body = mail.html ? htmlBodyToText(mail.html) : (mail.text ?? '');
  const real = mail.attachments.filter((attachment) => !(attachment.related && attachment.contentType.startsWith('image/')));
  assertAttachmentCount(real.length, name);
  const attachments = real.map((attachment, index) => ({
    name: attachment.filename ?? `bijlage-${index + 1}${attachment.contentType === 'message/rfc822' ? '.eml' : ''}`,
    contentType: attachment.contentType,
    data: new Uint8Array(attachment.content),
  }));
  return { text: mailText(metadata, attachments, body), metadata, attachments };
}
