import type { WebhookSettings } from '../config/app-config.js';

/** The injection token of the webhook settings (AppConfig.webhooks). */
export const WEBHOOK_SETTINGS = Symbol('WEBHOOK_SETTINGS');
export type { WebhookSettings };
