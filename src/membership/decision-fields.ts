/**
 * The fields every decision carries, written once for the DTOs of every module (a board or committee decision, a
 * transition, a request's approval or refusal): the decision reference (a minute), the reason in words, the date.
 */
import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { IsMultilineText, IsRegisterDate, IsSingleLineText } from './member.validators.js';

export const DECISION_REFERENCE_MAX = 200;
export const REASON_MAX = 1000;

export interface DecisionFieldOptions {
  /** Required in the body (default: optional). */
  required?: boolean;
  description?: string;
  example?: string;
}

function documented(options: DecisionFieldOptions, schema: Record<string, unknown>): PropertyDecorator {
  const property = {
    ...schema,
    ...(options.example === undefined ? {} : { example: options.example }),
    ...(options.description === undefined ? {} : { description: options.description }),
  };
  return options.required ? ApiProperty(property) : ApiPropertyOptional(property);
}

const optionalUnless = (options: DecisionFieldOptions) => (options.required ? [] : [IsOptional()]);

/** The decision behind a change (a board or committee minute): one line of text. */
export const DecisionReferenceField = (options: DecisionFieldOptions = {}) =>
  applyDecorators(
    documented(options, { type: String, maxLength: DECISION_REFERENCE_MAX }),
    ...optionalUnless(options),
    IsString(),
    MaxLength(DECISION_REFERENCE_MAX),
    IsSingleLineText(),
  );

/** Why, in words: free text of a few lines. */
export const ReasonField = (options: DecisionFieldOptions = {}) =>
  applyDecorators(
    documented(options, { type: String, maxLength: REASON_MAX }),
    ...optionalUnless(options),
    IsString(),
    MaxLength(REASON_MAX),
    IsMultilineText(),
  );

/** The legal date of a decision or its effect: a real calendar day, not in the future. */
export const DecisionDateField = (options: DecisionFieldOptions = {}) =>
  applyDecorators(documented(options, { type: String, format: 'date' }), ...optionalUnless(options), IsRegisterDate());
