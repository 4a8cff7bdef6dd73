/** The site's name and the words it uses about itself, in one place. */
export const SITE_NAME = 'The Armored Train';
export const SITE_TAGLINE =
  "How North Korea's leaders travel by rail, and how Kim Jong Un's train took him to a summit with Putin in 2023";
export const PUBLISHER_NAME = 'The Armored Train';
