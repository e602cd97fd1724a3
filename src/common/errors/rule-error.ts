/**
 * The one error base the API throws for a broken rule. Each module owns its codes and their HTTP statuses in a
 * catalogue (`<module>.errors.ts`, built with `defineErrors`) and a subclass typed on them; the problem filter maps
 * any RuleError by `instanceof` and the catalogue assembled where the app is composed (src/error-catalogue.ts).
 */
export type ProblemStatus = 400 | 401 | 403 | 404 | 405 | 409 | 412 | 413 | 415 | 422 | 429 | 500 | 503;

/** A module's codes and the status each is answered with, written once. */
export type ErrorCatalogue = Readonly<Record<string, ProblemStatus>>;

export interface FieldError {
  field: string;
  message: string;
}

export class RuleError<Code extends string = string> extends Error {
  constructor(
    readonly code: Code,
    message: string,
    readonly errors?: FieldError[],
    /** Extra members for the problem document (e.g. `retryAfterSeconds`). */
    readonly extra?: Record<string, unknown>,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** Declares a catalogue, keeping its literal codes as the type's keys. */
export function defineErrors<const C extends ErrorCatalogue>(catalogue: C): C {
  return catalogue;
}
