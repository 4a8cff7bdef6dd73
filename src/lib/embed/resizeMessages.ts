/**
 * The messages an embed posts to its host page when its height changes, in the two forms
 * newsroom embed scripts listen for:
 *
 * - Pym.js: the string "pymxPYMx<childId>xPYMxheightxPYMx<height>". pym.Parent adds
 *   ?childId=… to the frame's address; without one the embed still sends, with an empty id.
 * - A plain object { type: 'embed-size', height } for hosts with a few lines of their own.
 */
const PYM_DELIMITER = 'xPYMx';

export function pymHeightMessage(childId: string, height: number): string {
  return ['pym', childId, 'height', String(Math.ceil(height))].join(PYM_DELIMITER);
}

export interface EmbedSizeMessage {
  type: 'embed-size';
  height: number;
}

export function embedSizeMessage(height: number): EmbedSizeMessage {
  return { type: 'embed-size', height: Math.ceil(height) };
}

/** The Pym.js child id from the embed's own address, as pym.Parent sets it. */
export function pymChildId(search: string): string {
  return new URLSearchParams(search).get('childId') ?? '';
}
