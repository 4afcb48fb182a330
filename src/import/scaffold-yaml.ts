/**
 * YAML for a new entry, written with the `yaml` package's Document API: every field of the schema
 * explained in a comment taken from its `.describe()`, so the comments can never drift from the
 * schema. Fields with a value are written; other optional fields are shown commented out.
 */
import { Document, Pair, YAMLMap, YAMLSeq, type Node } from 'yaml';
import { typeLabel, type FieldDoc } from '../schemas/content-model.ts';

/** The widest a comment line may be, counting its indentation and `# `. */
const WIDTH = 100;

/** Spaces a nested map or a list's items stand further in than their key (the yaml package's default `indent`). */
const STEP = 2;

/**
 * Comment lines as the yaml package takes them: each line is prefixed with `#` on output, so a
 * line starting with a space comes out as `# text`. `lead` stands between `#` and the text.
 */
function wrapComment(text: string, indent: number, lead = ' '): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/u).filter(Boolean)) {
    if (line && indent + 1 + lead.length + line.length + 1 + word.length > WIDTH) {
      lines.push(`${lead}${line}`);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(`${lead}${line}`);
  return lines;
}

/** The text of a field's comment: its description, whether it is required, and what it holds. */
function fieldCommentText(field: FieldDoc): string {
  const need = field.required ? 'Required' : 'Optional';
  const fallback = field.defaultValue === undefined || (Array.isArray(field.defaultValue) && field.defaultValue.length === 0)
    ? '' : `; leave out for ${String(field.defaultValue)}`;
  const choice = field.type.kind === 'choice' ? field.type : field.type.kind === 'list' && field.type.of.kind === 'choice' ? field.type.of : undefined;
  // A description that already lists every allowed value need not list them again.
  const listed = choice?.values.every((v) => field.description.includes(v));
  const label = listed ? (field.type.kind === 'list' ? 'list of the values above' : 'one of the values above') : typeLabel(field.type);
  return `${field.description} [${need}: ${label}${fallback}.]`;
}

/** The first line of the comment under an empty list of groups, which the item fields' lines follow. */
const ADD_ITEM = 'To add one, replace [] with a list of items (each starting with "- ") with these fields:';

function itemFields(field: FieldDoc): FieldDoc[] | undefined {
  return field.type.kind === 'list' && field.type.of.kind === 'group' ? field.type.of.fields : undefined;
}

/** How to add the first item to an empty list of groups: one commented line (or more) per item field. */
function addItemComment(fields: FieldDoc[], indent: number): string[] {
  return [` ${ADD_ITEM}`, ...fields.flatMap((item) => wrapComment(`${item.name}: ${fieldCommentText(item)}`, indent, '   '))];
}

/** Builds YAML nodes for one entry; `indent` is the column a map's keys stand at. */
class EntryWriter {
  readonly doc = new Document();

  /**
   * A map of `fields`, explained in comments when `comments` is true. `first` is the column the
   * comments before its first key stand at: a list item's comments stand above its dash.
   */
  map(fields: FieldDoc[], values: Record<string, unknown>, indent: number, comments: boolean, first = indent): YAMLMap {
    const map = new YAMLMap();
    // Comment lines waiting for the next key written: the fields' explanations and the fields left out.
    let pending: string[] = [];
    for (const field of fields) {
      if (comments) pending.push(...wrapComment(fieldCommentText(field), map.items.length === 0 ? first : indent));
      const has = Object.hasOwn(values, field.name);
      if (!has && field.defaultValue === undefined) {
        pending.push(` ${field.name}:`);
        continue;
      }
      const key = this.doc.createNode(field.name);
      if (pending.length > 0) key.commentBefore = pending.join('\n');
      pending = [];
      const value = has ? values[field.name] : field.defaultValue;
      map.add(new Pair(key, this.value(field, value, indent + STEP, comments)));
      const items = itemFields(field);
      if (items && comments && Array.isArray(value) && value.length === 0) pending.push(...addItemComment(items, indent));
    }
    if (pending.length > 0) map.comment = pending.join('\n');
    return map;
  }

  /** A field's value: a group, a list of groups (comments on the first item only), or plain values. */
  private value(field: FieldDoc, value: unknown, indent: number, comments: boolean): Node {
    const items = itemFields(field);
    if (items && Array.isArray(value)) {
      const seq = new YAMLSeq();
      value.forEach((item, i) => seq.add(this.item(items, item as Record<string, unknown>, indent, comments && i === 0)));
      return seq;
    }
    if (field.type.kind === 'group') return this.map(field.type.fields, (value ?? {}) as Record<string, unknown>, indent, comments);
    return this.doc.createNode(value);
  }

  /** A list item: its keys stand after `- `, and the comments before its first key above the dash. */
  private item(fields: FieldDoc[], values: Record<string, unknown>, dash: number, comments: boolean): YAMLMap {
    const map = this.map(fields, values, dash + STEP, comments, dash);
    const first = map.items[0]?.key as Node | undefined;
    if (first?.commentBefore) {
      // The yaml package writes a key's commentBefore after the dash's line; the map's own stands above it.
      map.commentBefore = first.commentBefore;
      delete first.commentBefore;
    }
    return map;
  }
}

/**
 * YAML for an entry with every field of its schema explained in a comment taken from the
 * schema's description. Fields with a value are written; other optional fields are shown
 * commented out.
 */
export function scaffoldYaml(fields: FieldDoc[], values: Record<string, unknown>): string {
  const writer = new EntryWriter();
  writer.doc.contents = writer.map(fields, values, 0, true);
  // lineWidth 0: a long value (a placeholder, a title) stays on one line, as staff type it.
  return writer.doc.toString({ lineWidth: 0 });
}
