/*
 * The Armored Train: fits each of this site's embeds on a page to its content's height.
 * Part of the "Embed" code, loaded from the site that serves the embeds. Each embed
 * posts { type: 'embed-size', height } whenever its height changes; this listens for
 * those messages from this script's own origin only, finds the frame that sent one and
 * sets its height. Nothing else is read or sent. Safe to include more than once.
 */
(function () {
  var script = document.currentScript;
  if (!script || !script.src || window.__armoredTrainEmbedResize) return;
  window.__armoredTrainEmbedResize = true;
  var origin = new URL(script.src).origin;
  window.addEventListener('message', function (event) {
    var data = event.data;
    if (event.origin !== origin || !data || data.type !== 'embed-size') return;
    var height = Number(data.height);
    if (!(height > 0)) return;
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i += 1) {
      if (frames[i].contentWindow === event.source) {
        frames[i].style.height = Math.ceil(height) + 'px';
        frames[i].setAttribute('height', String(Math.ceil(height)));
      }
    }
  });
})();
