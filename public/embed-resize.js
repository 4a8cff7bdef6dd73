/*
 * The Armored Train: fits each of this site's embeds on a page to its content's height.
 * Part of the "Embed" code, loaded from the site that serves the embeds. Each embed fills
 * its frame, and posts { type: 'embed-size', height } when it needs more room than the
 * frame gives; this sets the height of the frame that sent it. Nothing else is read or sent.
 * Safe to include more than once.
 *
 * A message is taken only from a frame on the page whose address is on this script's
 * site, and only when it comes from that site or from nowhere: a frame sandboxed without
 * allow-same-origin has an opaque origin, and its messages arrive from origin "null".
 */
(function () {
  var script = document.currentScript;
  if (!script || !script.src || window.__armoredTrainEmbedResize) return;
  window.__armoredTrainEmbedResize = true;
  var origin = new URL(script.src).origin;
  /** Taller than any embed: a height beyond it is a mistake or a prank, not a layout. */
  var MOST_PX = 20000;

  function sizeOf(data) {
    if (!data || typeof data !== 'object' || data.type !== 'embed-size') return undefined;
    var height = data.height;
    if (typeof height !== 'number' || !isFinite(height) || height <= 0 || height > MOST_PX) return undefined;
    return Math.ceil(height);
  }

  function frameOnThisSite(frame) {
    try {
      return new URL(frame.src, document.baseURI).origin === origin;
    } catch (error) {
      return false;
    }
  }

  window.addEventListener('message', function (event) {
    if (event.origin !== origin && event.origin !== 'null') return;
    var height = sizeOf(event.data);
    if (height === undefined) return;
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i += 1) {
      var frame = frames[i];
      if (frame.contentWindow === event.source && frameOnThisSite(frame)) {
        frame.style.height = height + 'px';
        frame.setAttribute('height', String(height));
      }
    }
  });
})();
