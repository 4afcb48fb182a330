import { z } from 'astro/zod';
import { text } from './fields.ts';

/** A theme that briefings and cases are filed under, such as freedom of assembly. */
export const topicSchema = z.object({
  name: text.describe('Name of the topic as readers see it, e.g. "Freedom of peaceful assembly".'),
  description: text.describe('One or two sentences saying what the topic covers.'),
}).strict();

/** A topic as the schema outputs it. */
export type Topic = z.output<typeof topicSchema>;
