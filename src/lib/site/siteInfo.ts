/** The site's name and the words it uses about itself, in one place. */
export const SITE_NAME = 'The Armored Train';
export const SITE_TAGLINE = "How North Korea's leaders travel by rail, and Kim Jong Un's 2023 journey to Russia";
export const PUBLISHER_NAME = 'The Armored Train';
