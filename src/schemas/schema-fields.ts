import type { z } from 'astro/zod';

type AnySchema = z.ZodType & { description?: string | undefined };

/** The parts of a Zod schema's definition that the content tools read. */
export interface SchemaDef {
  type: string;
  innerType?: AnySchema;
  in?: AnySchema;
  element?: AnySchema;
  shape?: Record<string, AnySchema>;
  options?: AnySchema[];
  /** An enum's allowed values. */
  entries?: Record<string, string | number>;
  /** A default's value (Zod 4 may give it as a getter). */
  defaultValue?: unknown;
  /** Refinements such as a list's minimum length. */
  checks?: AnySchema[];
  /** For a check: its kind (`min_length`) and limit. */
  check?: string;
  minimum?: unknown;
}

/** The definition of a Zod schema or check, shared by its clones (so `.describe()` keeps it). */
export function schemaDef(schema: unknown): SchemaDef {
  return (schema as { _zod: { def: SchemaDef } })._zod.def;
}

function unwrap(schema: AnySchema): AnySchema {
  let current = schema;
  for (;;) {
    const def = schemaDef(current);
    const next = def.innerType ?? (def.type === 'pipe' ? def.in : undefined);
    if (!next) return current;
    current = next;
  }
}

/** The schema of the field at `path` inside an object schema, or undefined when there is none. */
export function schemaAt(schema: z.ZodType, path: ReadonlyArray<PropertyKey>): AnySchema | undefined {
  let current: AnySchema | undefined = schema;
  for (const key of path) {
    if (!current) return undefined;
    const def = schemaDef(unwrap(current));
    if (typeof key === 'number') current = def.element;
    else current = def.shape?.[String(key)];
  }
  return current;
}

/** The plain-language description of the field at `path`, looking through optional and default wrappers. */
export function describeField(schema: z.ZodType, path: ReadonlyArray<PropertyKey>): string | undefined {
  let current = schemaAt(schema, path);
  while (current) {
    if (current.description) return current.description;
    const def = schemaDef(current);
    current = def.innerType ?? (def.type === 'pipe' ? def.in : undefined);
  }
  return undefined;
}

/** The field names an object schema at `path` accepts. */
export function fieldNames(schema: z.ZodType, path: ReadonlyArray<PropertyKey>): string[] {
  const at = schemaAt(schema, path);
  const shape = at ? schemaDef(unwrap(at)).shape : undefined;
  return shape ? Object.keys(shape) : [];
}

/** A value found in raw (unvalidated) data where its schema has a definition a rule looks for. */
export interface RawValue {
  path: PropertyKey[];
  value: unknown;
  /** The definition of the field's schema that matched. */
  def: object;
}

/**
 * Finds every value in raw (unvalidated) data whose schema has a definition that `matches`, by
 * walking the data alongside its schema, so a rule can read fields even in a file that has other
 * problems.
 */
export function valuesInRawData(schema: z.ZodType, data: unknown, matches: (def: object) => boolean, path: PropertyKey[] = []): RawValue[] {
  let current: AnySchema | undefined = schema;
  while (current) {
    const def = schemaDef(current);
    if (matches(def)) return data === undefined ? [] : [{ path, value: data, def }];
    if (def.type === 'object' && def.shape && typeof data === 'object' && data !== null && !Array.isArray(data)) {
      const shape = def.shape;
      return Object.entries(data).flatMap(([key, value]) =>
        shape[key] ? valuesInRawData(shape[key], value, matches, [...path, key]) : [],
      );
    }
    if (def.type === 'array' && def.element && Array.isArray(data)) {
      const element = def.element;
      return data.flatMap((item, index) => valuesInRawData(element, item, matches, [...path, index]));
    }
    current = def.innerType ?? (def.type === 'pipe' ? def.in : undefined);
  }
  return [];
}

/** A link to another entry found in raw data, with the field path where it stands. */
export interface RawReference {
  path: PropertyKey[];
  collection: string;
  id: string;
}

/**
 * Finds every reference in raw (unvalidated) data by walking it alongside its schema, so links are
 * checked even in a file that has other problems. `targets` maps reference definitions to collections.
 */
export function referencesInRawData(schema: z.ZodType, data: unknown, targets: WeakMap<object, string>): RawReference[] {
  return valuesInRawData(schema, data, (def) => targets.has(def)).flatMap(({ path, value, def }) => {
    const collection = targets.get(def);
    return typeof value === 'string' && collection !== undefined ? [{ path, collection, id: value }] : [];
  });
}
