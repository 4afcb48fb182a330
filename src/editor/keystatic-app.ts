/** Keystatic's whole editing app, with the archive's configuration: the island the editor page mounts. */
import { createElement as h, type ReactElement } from 'react';
import type { Config } from '@keystatic/core';
import { Keystatic } from '@keystatic/core/ui';
import config from './keystatic.config.ts';

/** The editor app (React), rendered in the browser only. */
export default function KeystaticApp(): ReactElement {
  // The collections are derived, so their slug fields are typed `never` (see src/editor/fields.ts).
  return h(Keystatic, { config: config as unknown as Config });
}
