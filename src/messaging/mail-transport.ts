/**
 * Where messages go: an SMTP server (SMTP_URL) through nodemailer, or, with none configured,
 * a local mailbox folder of .eml files (the embedded default, so `npm start` shows the flow).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import nodemailer from 'nodemailer';
import type { MessagingSettings } from './messaging-settings';

export interface OutgoingMail {
  messageId: string;
  from: string;
  to: string[];
  subject: string;
  text: string;
  date: Date;
  headers: Record<string, string>;
}

export interface SendResult {
  accepted: number;
  response: string;
}

/** A refusal, with the SMTP reply code when the server gave one. */
export class MailSendError extends Error {
  constructor(
    message: string,
    readonly smtpCode: number | null,
  ) {
    super(message);
  }
}

export interface MailTransport {
  readonly kind: 'smtp' | 'mailbox';
  send(mail: OutgoingMail): Promise<SendResult>;
  close(): void;
}

export function createMailTransport(settings: MessagingSettings): MailTransport {
  return settings.smtpUrl ? smtpTransport(settings.smtpUrl) : mailboxTransport(settings.mailboxDir);
}

function smtpTransport(url: string): MailTransport {
  // One connection per message: a refusal never leaves a half-used session for the next one.
  const transporter = nodemailer.createTransport(url);
  return {
    kind: 'smtp',
    async send(mail) {
      try {
        const info = await transporter.sendMail(toNodemailer(mail));
        if (info.rejected.length > 0 && info.accepted.length === 0) throw new MailSendError(String(info.response), codeOf(info.response));
        return { accepted: info.accepted.length, response: String(info.response) };
      } catch (error) {
        if (error instanceof MailSendError) throw error;
        const e = error as { response?: string; responseCode?: number; message?: string; code?: string };
        throw new MailSendError(e.response ?? `${e.code ?? 'ERROR'}: ${e.message ?? String(error)}`, e.responseCode ?? null);
      }
    },
    close: () => transporter.close(),
  };
}

function mailboxTransport(dir: string): MailTransport {
  const builder = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  return {
    kind: 'mailbox',
    async send(mail) {
      const info = (await builder.sendMail(toNodemailer(mail))) as { message: Buffer };
      await mkdir(dir, { recursive: true });
      // Named by the message id: a resend after a crash overwrites the same file.
      const file = `${mail.messageId.replace(/[<>]/g, '').replace(/[^A-Za-z0-9@._-]/g, '_')}.eml`;
      await writeFile(join(dir, file), info.message);
      return { accepted: mail.to.length, response: `250 written to mailbox ${file}` };
    },
    close: () => builder.close(),
  };
}

function toNodemailer(mail: OutgoingMail) {
  return { messageId: mail.messageId, from: mail.from, to: mail.to, subject: mail.subject, text: mail.text, date: mail.date, headers: mail.headers };
}

function codeOf(response: unknown): number | null {
  const match = /^(\d{3})/.exec(String(response ?? ''));
  return match ? Number(match[1]) : null;
}
