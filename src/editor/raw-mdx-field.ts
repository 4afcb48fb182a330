/**
 * The body of a briefing, case or translation as Keystatic's editor field: the MDX text exactly as
 * written (Keystatic's own `fields.mdx` re-serialises it and breaks GFM footnotes: `[^4]` becomes
 * `\[^4]`, see docs/editing.md), with two pickers: "add a footnote citing a source" and "insert a
 * <Case> mention".
 */
import { createElement as h, useEffect, useRef, useState, type ChangeEvent, type ReactElement } from 'react';
import { Button } from '@keystar/ui/button';
import { TextArea } from '@keystar/ui/text-field';
import type { ContentFormField } from '@keystatic/core';
import { addFootnote, caseMention, insertAt, type PickerEntry } from './body-edits.ts';

const encoder = new TextEncoder();
const decoder = new TextDecoder();

function usePickerEntries(address: string): PickerEntry[] {
  const [entries, setEntries] = useState<PickerEntry[]>([]);
  useEffect(() => {
    fetch(address).then((r) => r.json()).then((list: PickerEntry[]) => setEntries(list), () => setEntries([]));
  }, [address]);
  return entries;
}

function picker(label: string, value: string, onChange: (value: string) => void, entries: PickerEntry[]): ReactElement {
  return h('label', { style: { display: 'flex', flexDirection: 'column', gap: 4, fontSize: 14, fontFamily: 'system-ui, sans-serif' } }, label,
    h('select', { 'aria-label': label, value, onChange: (e: ChangeEvent<HTMLSelectElement>) => onChange(e.target.value), style: { maxWidth: 360, padding: 4 } },
      h('option', { value: '' }, '—'),
      ...entries.map((entry) => h('option', { key: entry.id, value: entry.id }, entry.title ? `${entry.title} (${entry.id})` : entry.id))));
}

function BodyInput(props: { label: string; value: string; onChange(value: string): void }): ReactElement {
  const sources = usePickerEntries('/_editor/entries/sources');
  const cases = usePickerEntries('/_editor/entries/cases');
  const [source, setSource] = useState('');
  const [caseId, setCaseId] = useState('');
  const area = useRef<HTMLTextAreaElement | null>(null);
  // Where the caret was last in the text: a click on a picker takes the focus away from it.
  const caretAt = useRef<number | undefined>(undefined);
  useEffect(() => {
    const node = area.current;
    if (!node) return undefined;
    const remember = () => { caretAt.current = node.selectionStart; };
    const events = ['keyup', 'click', 'select', 'input'] as const;
    for (const event of events) node.addEventListener(event, remember);
    return () => { for (const event of events) node.removeEventListener(event, remember); };
  }, []);
  const caret = () => Math.min(caretAt.current ?? props.value.length, props.value.length);
  const change = (next: string, caretAfter: number) => {
    caretAt.current = caretAfter;
    props.onChange(next);
  };
  const picked = sources.find((s) => s.id === source);
  return h('div', { 'data-editor-body': '' },
    h('div', { style: { display: 'flex', gap: 12, marginBottom: 8, flexWrap: 'wrap', alignItems: 'end' } },
      picker('Source to cite', source, setSource, sources),
      h(Button, {
        isDisabled: !picked,
        onPress: () => {
          if (!picked) return;
          // The caret goes after the new mark, ready for the next one.
          const next = addFootnote(props.value, caret(), picked);
          change(next.text, next.caret);
        },
      }, 'Add footnote citing source'),
      picker('Case to mention', caseId, setCaseId, cases),
      h(Button, {
        isDisabled: !caseId,
        onPress: () => {
          const mention = caseMention(cases.find((c) => c.id === caseId) ?? { id: caseId });
          const at = caret();
          change(insertAt(props.value, at, mention), at + mention.length);
        },
      }, 'Insert case mention')),
    h(TextArea, {
      label: props.label, value: props.value, onChange: props.onChange, ref: area,
      description: 'MDX: Markdown with footnotes [^1] and the archive\'s components. Kept exactly as typed.',
      UNSAFE_style: { fontFamily: 'ui-monospace, monospace' },
    }));
}

/** The raw-MDX body field: stored as the file's text after the frontmatter, byte for byte. */
export function rawMdxField(label: string): ContentFormField<string, string, string> {
  return {
    kind: 'form', formKind: 'content', contentExtension: '.mdx',
    Input: (props) => h(BodyInput, { label, value: props.value, onChange: props.onChange }),
    defaultValue: () => '\n',
    parse: (_value, { content }) => (content ? decoder.decode(content) : ''),
    serialize: (value) => ({ value: undefined, content: encoder.encode(value), other: new Map(), external: new Map() }),
    validate: (value) => value,
    reader: { parse: (_value, { content }) => (content ? decoder.decode(content) : '') },
  };
}
