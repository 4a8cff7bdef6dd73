/**
 * How a place's native name (Korean, Russian) is drawn under its English one on the maps
 * drawn at build time: smaller, a line lower. The drawing (StaticRouteSvg) and the label
 * layout, which must know how tall a two-line name is, read the same figures.
 */

/** The native name's size, as a share of the English name's. */
export const NATIVE_NAME_SCALE = 0.82;

/** How far below the English name's baseline the native name's sits, in ems of the English name. */
export const NATIVE_LINE_EM = 1.15;
