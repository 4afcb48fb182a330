/** The site's settings and logo, given to pages by src/integrations/briefings-site.ts. */
declare module 'virtual:briefings/site-settings' {
  /** content/site.yaml as its schema outputs it (the build stops before any page when it has problems). */
  export const siteSettings: import('./schemas/site.ts').SiteSettings;
  /** The logo file of the settings, as Astro imports an image: its published address and size. */
  export const logo: import('astro').ImageMetadata;
}
