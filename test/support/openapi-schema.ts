/**
 * A small validator for the subset of OpenAPI 3.0 schemas that openapi.yaml uses: $ref, allOf, oneOf, anyOf, a
 * discriminator's mapping (the alternative it names is checked alone), type, properties, required, items, enum,
 * nullable, format (uuid, date-time, date), additionalProperties, and the numeric and length bounds. Written here rather than pulling in ajv: the generated document is small and regular, and an unknown
 * keyword is reported instead of ignored, so the validator cannot silently pass what it does not understand.
 *
 * `closed: true` treats an object schema without `additionalProperties` as closed: a response carrying a property
 * its schema does not declare is a contract violation (it is how undocumented or leaked fields show up).
 */

export interface SchemaObject {
  $ref?: string;
  allOf?: SchemaObject[];
  oneOf?: SchemaObject[];
  anyOf?: SchemaObject[];
  discriminator?: { propertyName: string; mapping?: Record<string, string> };
  type?: 'object' | 'array' | 'string' | 'number' | 'integer' | 'boolean';
  properties?: Record<string, SchemaObject>;
  required?: string[];
  items?: SchemaObject;
  enum?: unknown[];
  nullable?: boolean;
  format?: string;
  additionalProperties?: boolean | SchemaObject;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  pattern?: string;
  [annotation: string]: unknown;
}

export interface SchemaOptions {
  /** Object schemas without `additionalProperties` refuse undeclared properties. */
  closed?: boolean;
  /** Schemas (by $ref name) that stay open even when `closed`, e.g. RFC 9457 problem documents. */
  openSchemas?: readonly string[];
}

/** Keywords that only annotate (descriptions, examples, defaults): never affect validity. */
const ANNOTATIONS = new Set(['description', 'example', 'examples', 'default', 'title', 'deprecated', 'readOnly']);
const HANDLED = new Set([
  '$ref',
  'allOf',
  'oneOf',
  'anyOf',
  'discriminator',
  'type',
  'properties',
  'required',
  'items',
  'enum',
  'nullable',
  'format',
  'additionalProperties',
  'minimum',
  'maximum',
  'minLength',
  'maxLength',
  'minItems',
  'maxItems',
  'pattern',
]);

const FORMATS: Record<string, (value: string) => boolean> = {
  uuid: (v) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(v),
  'date-time': (v) =>
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/.test(v) && !Number.isNaN(Date.parse(v)),
  date: (v) => /^\d{4}-\d{2}-\d{2}$/.test(v) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v),
};

export class SchemaValidator {
  constructor(private readonly components: Record<string, SchemaObject>) {}

  /** The resolved schema of `#/components/schemas/Name`. */
  resolve(ref: string): SchemaObject {
    const name = refName(ref);
    const schema = this.components[name];
    if (!schema) throw new Error(`unknown $ref ${ref}`);
    return schema;
  }

  /** Every violation, as `path: message`; empty when `value` matches `schema`. */
  validate(schema: SchemaObject, value: unknown, options: SchemaOptions = {}, path = '$'): string[] {
    const errors: string[] = [];
    this.check(schema, value, options, path, errors, false);
    return errors;
  }

  private check(
    schema: SchemaObject,
    value: unknown,
    options: SchemaOptions,
    path: string,
    errors: string[],
    open: boolean,
  ): void {
    for (const keyword of Object.keys(schema)) {
      if (!HANDLED.has(keyword) && !ANNOTATIONS.has(keyword) && !keyword.startsWith('x-')) {
        errors.push(`${path}: the validator does not understand the schema keyword "${keyword}"`);
      }
    }
    if (schema.$ref) {
      const stayOpen = open || (options.openSchemas ?? []).includes(refName(schema.$ref));
      this.check(this.resolve(schema.$ref), value, options, path, errors, stayOpen);
      return;
    }
    // A null under a oneOf/anyOf is for the alternatives to take or refuse (`{ type: string, nullable: true }` does),
    // under an allOf for every member to take (a nullable twin, `allOf: [$ref NullableGender]`, does).
    if (value === null && (schema.nullable || !(schema.oneOf || schema.anyOf || schema.allOf))) {
      if (!schema.nullable && (schema.type !== undefined || schema.enum === undefined || !schema.enum.includes(null))) {
        errors.push(`${path}: is null but the schema is not nullable`);
      }
      return;
    }
    if (schema.discriminator?.mapping && value !== null && typeof value === 'object' && !Array.isArray(value)) {
      // The alternative is the one the discriminator names: checked alone, so its errors are the answer's.
      const { propertyName, mapping } = schema.discriminator;
      const tag = (value as Record<string, unknown>)[propertyName];
      const target = typeof tag === 'string' ? mapping[tag] : undefined;
      if (target === undefined) {
        errors.push(`${path}.${propertyName}: ${JSON.stringify(tag)} is not one of the discriminator's values`);
      } else {
        this.check({ $ref: target }, value, options, path, errors, open);
      }
      return;
    }
    if (schema.oneOf || schema.anyOf) {
      const branches = (schema.oneOf ?? schema.anyOf)!;
      const matching = branches.filter((b) => this.validate(b, value, options, path).length === 0).length;
      if (schema.oneOf && matching !== 1) {
        errors.push(`${path}: matches ${matching} of the ${branches.length} oneOf alternatives, not exactly one`);
      } else if (schema.anyOf && matching === 0) {
        errors.push(`${path}: matches none of the anyOf alternatives`);
      }
      if (!schema.type) return;
    }
    if (schema.allOf) {
      // A lone member is a $ref with siblings (nullable, description): it is the schema, closed as it would be.
      // Several members are checked open: properties declared by one member are not extras for another.
      const lone = schema.allOf.length === 1;
      for (const member of schema.allOf) this.check(member, value, options, path, errors, lone ? open : true);
      if (!schema.type || lone) return;
    }
    if (schema.enum && !schema.enum.includes(value)) {
      errors.push(`${path}: ${JSON.stringify(value)} is not one of ${JSON.stringify(schema.enum)}`);
    }
    switch (schema.type) {
      case undefined:
        return;
      case 'object':
        this.checkObject(schema, value, options, path, errors, open);
        return;
      case 'array':
        if (!Array.isArray(value)) {
          errors.push(`${path}: expected an array, got ${kindOf(value)}`);
          return;
        }
        if (schema.minItems !== undefined && value.length < schema.minItems) errors.push(`${path}: too few items`);
        if (schema.maxItems !== undefined && value.length > schema.maxItems) errors.push(`${path}: too many items`);
        if (schema.items) {
          value.forEach((item, i) => this.check(schema.items!, item, options, `${path}[${i}]`, errors, false));
        }
        return;
      case 'string':
        if (typeof value !== 'string') {
          errors.push(`${path}: expected a string, got ${kindOf(value)}`);
          return;
        }
        if (schema.format && FORMATS[schema.format] && !FORMATS[schema.format](value)) {
          errors.push(`${path}: ${JSON.stringify(value.slice(0, 80))} is not a ${schema.format}`);
        }
        if (schema.minLength !== undefined && value.length < schema.minLength) errors.push(`${path}: too short`);
        if (schema.maxLength !== undefined && value.length > schema.maxLength) errors.push(`${path}: too long`);
        if (schema.pattern !== undefined && !new RegExp(schema.pattern, 'u').test(value)) {
          errors.push(`${path}: does not match ${schema.pattern}`);
        }
        return;
      case 'number':
      case 'integer':
        if (typeof value !== 'number' || !Number.isFinite(value)) {
          errors.push(`${path}: expected a ${schema.type}, got ${kindOf(value)}`);
          return;
        }
        if (schema.type === 'integer' && !Number.isInteger(value)) errors.push(`${path}: ${value} is not an integer`);
        if (schema.minimum !== undefined && value < schema.minimum)
          errors.push(`${path}: ${value} < ${schema.minimum}`);
        if (schema.maximum !== undefined && value > schema.maximum)
          errors.push(`${path}: ${value} > ${schema.maximum}`);
        return;
      case 'boolean':
        if (typeof value !== 'boolean') errors.push(`${path}: expected a boolean, got ${kindOf(value)}`);
        return;
      default:
        errors.push(`${path}: the validator does not understand the type ${String(schema.type)}`);
    }
  }

  private checkObject(
    schema: SchemaObject,
    value: unknown,
    options: SchemaOptions,
    path: string,
    errors: string[],
    open: boolean,
  ): void {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      errors.push(`${path}: expected an object, got ${kindOf(value)}`);
      return;
    }
    const record = value as Record<string, unknown>;
    const properties = schema.properties ?? {};
    for (const name of schema.required ?? []) {
      if (!(name in record)) errors.push(`${path}: lacks the required property "${name}"`);
    }
    for (const [name, item] of Object.entries(record)) {
      const declared = properties[name];
      if (declared) {
        this.check(declared, item, options, `${path}.${name}`, errors, false);
      } else if (typeof schema.additionalProperties === 'object') {
        this.check(schema.additionalProperties, item, options, `${path}.${name}`, errors, false);
      } else if (schema.additionalProperties === false || (options.closed && !open && !schema.additionalProperties)) {
        errors.push(`${path}: has the undeclared property "${name}"`);
      }
    }
  }
}

export function refName(ref: string): string {
  const prefix = '#/components/schemas/';
  if (!ref.startsWith(prefix)) throw new Error(`unsupported $ref ${ref}`);
  return ref.slice(prefix.length);
}

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value;
}
