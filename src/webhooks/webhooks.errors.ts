/** The webhooks module's error codes and their HTTP statuses. */
import type { CommonErrorCode } from '../common/errors/common.errors.js';
import { defineErrors, RuleError } from '../common/errors/rule-error.js';

export const WEBHOOKS_ERRORS = defineErrors({
  WEBHOOK_ENDPOINT_NOT_FOUND: 404,
  WEBHOOK_DELIVERY_NOT_FOUND: 404,
  /** The URL is not https, or its host resolves to a non-public address, or does not resolve (and is not allow-listed). */
  WEBHOOK_URL_NOT_ALLOWED: 422,
});
export type WebhooksErrorCode = keyof typeof WEBHOOKS_ERRORS;

export class WebhooksError extends RuleError<WebhooksErrorCode | CommonErrorCode> {}
