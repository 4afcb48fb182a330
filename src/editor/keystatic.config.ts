/** The editor's Keystatic configuration: local files, every collection of the content model. */
import { config } from '@keystatic/core';
import { contentModel } from '../schemas/content-model.ts';
import { editorCollections } from './fields.ts';

export default config({
  storage: { kind: 'local' },
  ui: { brand: { name: 'Briefing archive' } },
  collections: editorCollections(contentModel()),
});
