import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createMailTransport } from '../../src/messaging/mail-transport';
import { loadMessagingSettings, retryDelaySeconds } from '../../src/messaging/messaging-settings';
import { longRomeDate } from '../../src/messaging/italian-dates';

describe('messaging settings', () => {
  it('defaults to the local mailbox under the data folder', () => {
    const settings = loadMessagingSettings({}, '/var/urp');
    expect(settings.smtpUrl).toBeUndefined();
    expect(settings.mailboxDir).toBe('/var/urp/mailbox');
    expect(settings.messageIdDomain).toBe('comune.example.it');
  });

  it('names the variable of a malformed value', () => {
    expect(() => loadMessagingSettings({ SMTP_URL: 'http://mail' }, 'data')).toThrow(/SMTP_URL must start with smtp:\/\/ or smtps:\/\//);
    expect(() => loadMessagingSettings({ MAIL_FROM: 'URP <not-an-address>' }, 'data')).toThrow(/MAIL_FROM/);
    expect(() => loadMessagingSettings({ MAIL_MAX_ATTEMPTS: 'many' }, 'data')).toThrow(/MAIL_MAX_ATTEMPTS/);
  });

  it('backs off exponentially up to the maximum', () => {
    const settings = { retryBaseSeconds: 60, retryMaxSeconds: 300 };
    expect([1, 2, 3, 4, 5].map((attempt) => retryDelaySeconds(settings, attempt))).toEqual([60, 120, 240, 300, 300]);
  });

  it('writes dates as an Italian office does, on the Rome calendar', () => {
    expect(longRomeDate('2026-04-01')).toBe('mercoledì 1 aprile 2026');
  });
});

describe('the local mailbox (no SMTP_URL)', () => {
  it('writes one .eml per message, the same file again on a resend', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'urp-mailbox-'));
    try {
      const transport = createMailTransport({ ...loadMessagingSettings({}, dir) });
      const mail = {
        messageId: '<5e0c5d4e-1111-5222-8333-444455556666@comune.example.it>',
        from: 'urp@comune.example.it',
        to: ['maria.rossi@example.it'],
        subject: 'Conferma di ricezione - pratica n. URP-2026-000001',
        text: 'Gentile Maria Rossi,\nla Sua comunicazione è stata registrata.',
        date: new Date('2026-03-02T09:00:00Z'),
        headers: {},
      };
      expect(await transport.send(mail)).toMatchObject({ accepted: 1, response: expect.stringMatching(/^250/) });
      await transport.send(mail);
      const files = await readdir(join(dir, 'mailbox'));
      expect(files).toHaveLength(1);
      const eml = await readFile(join(dir, 'mailbox', files[0]), 'utf8');
      expect(eml).toContain('Message-ID: <5e0c5d4e-1111-5222-8333-444455556666@comune.example.it>');
      expect(eml).toContain('To: maria.rossi@example.it');
      transport.close();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
