import { createHmac } from 'node:crypto';
import nodemailer, { type Transporter } from 'nodemailer';
import { NotificationChannel } from '../../lib/vocabulary/notifications';
import { logger } from '../../lib/logger';
import { OutboundRefused } from '../../lib/outbound';
import type { Kernel } from '../../kernel/kernel';
import type { OutboundGuard } from '../../lib/outbound';

const BATCH = 50;
const MAX_BACKOFF_MS = 3_600_000;

interface Claimed {
  id: string;
  channel: string;
  event_type: string;
  recipient: string | null;
  webhook_id: string | null;
  payload: Record<string, unknown>;
  attempts: number;
}

interface Delivered {
  id: string;
  statusCode: number | null;
}

/** The `X-Elevate-Signature` header: `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">`. */
export function signature(secret: string, body: string, at: Date): string {
  const t = Math.floor(at.getTime() / 1000);
  return `t=${t},v1=${createHmac('sha256', secret).update(`${t}.${body}`).digest('hex')}`;
}

/** An error fit for storage and display: no stack, no URL credentials, bounded. Never carries a secret. */
function describe(error: unknown): string {
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause : null;
  const code = (cause as NodeJS.ErrnoException | null)?.code ?? (error as NodeJS.ErrnoException | null)?.code;
  const message = error instanceof Error ? (error.name === 'TimeoutError' ? 'timed out' : error.message) : String(error);
  return (code ? `${code}: ${cause?.message ?? message}` : message).slice(0, 500);
}

class DeliveryFailure extends Error {
  constructor(
    message: string,
    readonly statusCode: number | null = null,
    /** Retrying cannot help (the webhook was disabled or deleted). */
    readonly permanent = false,
  ) {
    super(message);
  }
}

/**
 * Sends what the outbox holds. Rows are claimed with SKIP LOCKED under a lease (so two workers never send one row), sent,
 * then marked SENT; a failure is retried with exponential backoff until NOTIFY_MAX_ATTEMPTS. Delivery is at least once:
 * a worker that dies after sending and before marking leaves a claimed row whose lease lapses, and it is sent again.
 * Receivers can drop that duplicate: an email's Message-ID and a webhook's X-Elevate-Delivery are the row's id, the same
 * on every attempt.
 */
export class NotificationDelivery {
  private transport: Transporter | null = null;

  constructor(
    private readonly kernel: Kernel,
    private readonly outbound: OutboundGuard,
  ) {}

  private mailer(): Transporter | null {
    const url = this.kernel.config.SMTP_URL;
    if (!url) return null;
    // Every phase of a send ends well within the lease, so a live sender never loses its claim to another worker.
    const timeout = Math.floor(this.leaseMs() / 4);
    this.transport ??= nodemailer.createTransport({ url, connectionTimeout: timeout, greetingTimeout: timeout, socketTimeout: timeout });
    return this.transport;
  }

  private leaseMs(): number {
    return this.kernel.config.NOTIFY_LEASE_SECONDS * 1000;
  }

  close(): void {
    this.transport?.close();
    this.transport = null;
  }

  /** Sends everything due, batch by batch; returns how many were sent and how many failed (to retry or given up). */
  async deliverDue(): Promise<{ sent: number; failed: number }> {
    let sent = 0;
    let failed = 0;
    for (;;) {
      const claimed = await this.claim();
      const results = await Promise.all(claimed.map((row) => this.deliver(row)));
      const delivered = results.filter((result): result is Delivered => result !== null);
      await this.markSent(delivered);
      sent += delivered.length;
      failed += results.length - delivered.length;
      if (claimed.length < BATCH) break;
    }
    return { sent, failed };
  }

  /** Claims due rows (and rows whose claimer's lease lapsed) in one short statement of its own. */
  private async claim(): Promise<Claimed[]> {
    const now = this.kernel.now();
    const [rows] = (await this.kernel.db.query(
      `UPDATE notification_outbox o SET status = 'SENDING', attempts = o.attempts + 1, lease_until = $2
        WHERE o.id IN (SELECT id FROM notification_outbox
                        WHERE status IN ('PENDING', 'SENDING')
                          AND ((status = 'PENDING' AND next_attempt_at <= $1) OR (status = 'SENDING' AND lease_until <= $1))
                        ORDER BY next_attempt_at LIMIT ${BATCH} FOR UPDATE SKIP LOCKED)
        RETURNING o.id, o.channel, o.event_type, o.recipient, o.webhook_id, o.payload, o.attempts`,
      [now, new Date(now.getTime() + this.leaseMs())],
    )) as [Claimed[], number];
    return rows;
  }

  /**
   * Marks a batch's sent rows in one statement (a change can notify dozens of administrators: one UPDATE per mail was most
   * of the worker's cost). The rows stay SENDING until then, so a worker dying in between sends them again — the
   * at-least-once window above, now as long as the batch's slowest send.
   */
  private async markSent(delivered: Delivered[]): Promise<void> {
    if (!delivered.length) return;
    await this.kernel.db.query(
      `UPDATE notification_outbox o SET status = 'SENT', sent_at = $1, lease_until = NULL, last_error = NULL, last_status_code = v.code
         FROM unnest($2::uuid[], $3::int[]) AS v(id, code)
        WHERE o.id = v.id AND o.status = 'SENDING'`,
      [this.kernel.now(), delivered.map((row) => row.id), delivered.map((row) => row.statusCode)],
    );
  }

  /** Sends one row: what to mark SENT on success; on failure it is rescheduled (or given up) here and null returned. */
  private async deliver(row: Claimed): Promise<Delivered | null> {
    try {
      const statusCode = row.channel === NotificationChannel.EMAIL ? await this.sendEmail(row) : await this.sendWebhook(row);
      return { id: row.id, statusCode };
    } catch (error) {
      const { config } = this.kernel;
      const giveUp = row.attempts >= config.NOTIFY_MAX_ATTEMPTS || (error instanceof DeliveryFailure && error.permanent);
      const delay = Math.min(MAX_BACKOFF_MS, config.NOTIFY_RETRY_BASE_MS * 2 ** (row.attempts - 1));
      const next = new Date(this.kernel.now().getTime() + delay);
      await this.kernel.db.query(
        `UPDATE notification_outbox SET status = $2, next_attempt_at = $3, lease_until = NULL, last_error = $4, last_status_code = $5
          WHERE id = $1 AND status = 'SENDING'`,
        [row.id, giveUp ? 'FAILED' : 'PENDING', next, describe(error), error instanceof DeliveryFailure ? error.statusCode : null],
      );
      logger.warn('notification delivery failed', { id: row.id, channel: row.channel, attempts: row.attempts, giveUp, error: describe(error) });
      if (!giveUp) await this.kernel.jobs.deliverAt(null, next);
      return null;
    }
  }

  private async sendEmail(row: Claimed): Promise<null> {
    const { subject, text, html } = row.payload as { subject: string; text: string; html: string };
    const messageId = `<${row.id}@elevate.notifications>`;
    const transport = this.mailer();
    if (!transport) {
      // No SMTP_URL (npm start's default): the mail goes to the log instead — but a mail carrying a one-time link
      // (an invitation) only outside production, where the log is the developer's own terminal.
      const secret = row.payload.secret === true && this.kernel.config.NODE_ENV === 'production';
      logger.info('email (SMTP_URL not set: logged, not sent)', { to: row.recipient, subject, messageId, text: secret ? '(a one-time link: not logged)' : text });
      return null;
    }
    await transport.sendMail({ from: this.kernel.config.MAIL_FROM, to: row.recipient ?? undefined, subject, text, html, messageId });
    return null;
  }

  private async sendWebhook(row: Claimed): Promise<number> {
    const [webhook] = (await this.kernel.db.query(`SELECT url, secret, enabled FROM webhook WHERE id = $1`, [row.webhook_id])) as {
      url: string;
      secret: string;
      enabled: boolean;
    }[];
    if (!webhook || !webhook.enabled) throw new DeliveryFailure('the webhook is disabled', null, true);
    const body = JSON.stringify(row.payload);
    let status: number;
    try {
      // Through the outbound guard: refused unless the address connected to is allowed (R14); redirects not followed.
      ({ status } = await this.outbound.request(webhook.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'user-agent': 'Elevate-Webhooks/1',
          'x-elevate-delivery': row.id,
          'x-elevate-event': row.event_type,
          'x-elevate-signature': signature(webhook.secret, body, this.kernel.now()),
        },
        body,
        timeoutMs: Math.min(this.kernel.config.WEBHOOK_TIMEOUT_MS, this.leaseMs() / 2),
      }));
    } catch (error) {
      throw new DeliveryFailure(error instanceof OutboundRefused ? `refused: ${error.message}` : describe(error));
    }
    if (status < 200 || status >= 300) throw new DeliveryFailure(`HTTP ${status}`, status);
    return status;
  }
}
