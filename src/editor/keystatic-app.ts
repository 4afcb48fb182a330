/** Keystatic's whole editing app, with the archive's configuration: the island the editor page mounts. */
import { createElement as h, type ReactElement } from 'react';
import { Keystatic } from '@keystatic/core/ui';
import config from './keystatic.config.ts';

/** The editor app (React), rendered in the browser only. */
export default function KeystaticApp(): ReactElement {
  return h(Keystatic, { config });
}
