/**
 * <day-by-day>: the map follows the story. A stage becomes current when it crosses a line
 * 60% down the screen (below the phone's map, which takes the top 40%), whether the reader
 * scrolls down or back up; a #day-<id> address, or the "Next stage" and "Previous stage"
 * links, make that stage current. Then:
 *   - the map frames the stage, draws the line travelled so far and marks the train;
 *   - the line under the map and a polite live region say which stage it is, once.
 *
 * The story only ever moves the map; the map never takes the page's scroll (Leaflet's
 * cooperative gestures: one finger and the plain wheel scroll the page).
 *
 * Until the reader moves on from the first stage (or points at the map), the map is the
 * current stage's build-time drawing, copied from the stage; Leaflet, its stylesheet and
 * the basemap load only then, as on every other map of the site.
 *
 * Attribute (set by DayByDay.astro): data-story, JSON { stages: ClientStage[], basemaps }.
 */
import type { StoryMapController, StoryMapData } from './leafletStoryMap.ts';

const DAY_HASH = /^#day-([a-z0-9-]+)$/;
/** The line a stage must cross to become current: a band 60–61% down the viewport. */
const TRIGGER = '-60% 0px -39% 0px';
/** Longest wait for a jump to a stage to end, where the browser has no scrollend event. */
const JUMP_MS = 1500;

class DayByDayElement extends HTMLElement {
  #data: StoryMapData | undefined;
  #stages: HTMLElement[] = [];
  #current = -1;
  #map: Promise<StoryMapController> | undefined;
  #observer: IntersectionObserver | undefined;
  /** While the page moves to a stage the reader chose, the stages it passes are not current. */
  #jumping = false;
  #jumpTimer: number | undefined;

  connectedCallback(): void {
    try {
      this.#data = JSON.parse(this.dataset['story'] ?? '') as StoryMapData;
    } catch {
      return;
    }
    this.#stages = [...this.querySelectorAll<HTMLElement>('[data-stage]')];
    const chosen = this.#stageFromHash();
    this.#show(chosen ?? 0, { announce: false, load: chosen !== null });
    this.#observer = new IntersectionObserver(this.#onIntersect, { rootMargin: TRIGGER });
    for (const stage of this.#stages) this.#observer.observe(stage);
    window.addEventListener('hashchange', this.#onHashChange);
    this.#frame()?.addEventListener('pointerenter', this.#onReach);
  }

  disconnectedCallback(): void {
    this.#observer?.disconnect();
    window.removeEventListener('hashchange', this.#onHashChange);
    this.#frame()?.removeEventListener('pointerenter', this.#onReach);
  }

  #frame(): HTMLElement | null {
    return this.querySelector<HTMLElement>('[data-frame]');
  }

  #stageFromHash(): number | null {
    const match = DAY_HASH.exec(location.hash);
    if (!match) return null;
    const index = this.#data!.stages.findIndex((stage) => stage.id === match[1]);
    return index === -1 ? null : index;
  }

  #onIntersect = (entries: IntersectionObserverEntry[]): void => {
    if (this.#jumping) return;
    const crossing = entries.filter((entry) => entry.isIntersecting).at(-1);
    if (!crossing) return;
    this.#show(Number((crossing.target as HTMLElement).dataset['stage']), { announce: true, load: true });
  };

  #onHashChange = (): void => {
    const index = this.#stageFromHash();
    if (index === null) return;
    // A smooth scroll to a far stage passes others on the way: they are not announced.
    this.#jumping = true;
    const done = (): void => {
      this.#jumping = false;
      window.clearTimeout(this.#jumpTimer);
      window.removeEventListener('scrollend', done);
    };
    window.addEventListener('scrollend', done);
    this.#jumpTimer = window.setTimeout(done, JUMP_MS);
    this.#show(index, { announce: true, load: true });
  };

  #onReach = (): void => {
    void this.#loadMap().then((map) => map.show(this.#current, false));
  };

  #show(index: number, { announce, load }: { announce: boolean; load: boolean }): void {
    const stage = this.#data!.stages[index];
    if (!stage || index === this.#current) return;
    this.#current = index;
    this.#stages.forEach((element, position) => element.toggleAttribute('data-current', position === index));
    const status = this.querySelector('[data-status]');
    if (status) status.textContent = stage.announcement;
    if (announce) {
      const live = this.querySelector('[data-announce]');
      if (live) live.textContent = stage.announcement;
    }
    this.#drawSnapshot(index);
    if (load) void this.#loadMap();
    void this.#map?.then((map) => {
      // A later stage may have become current while the map was loading.
      if (this.#current === index) map.show(index, true);
    });
  }

  /** The stage's own drawing in the map's frame, until Leaflet draws there. */
  #drawSnapshot(index: number): void {
    const frame = this.#frame();
    const drawing = this.#stages[index]?.querySelector('.stage__snapshot svg');
    if (!frame || !drawing || frame.hasAttribute('data-ready')) return;
    frame.querySelector(':scope > svg')?.remove();
    const copy = drawing.cloneNode(true) as SVGElement;
    // The stage keeps its own drawing for screen readers; the copy only shows it.
    copy.setAttribute('aria-hidden', 'true');
    copy.removeAttribute('role');
    copy.removeAttribute('aria-label');
    frame.prepend(copy);
  }

  #loadMap(): Promise<StoryMapController> {
    const frame = this.#frame();
    if (!frame) return Promise.reject(new Error('The story has no map frame.'));
    this.#map ??= import('./leafletStoryMap.ts')
      .then(({ createStoryMap }) => createStoryMap(frame, this.#data!))
      .then((map) => {
        map.show(this.#current, false);
        return map;
      })
      .catch((error: unknown) => {
        // The drawing stays; the next stage tries again.
        this.#map = undefined;
        throw error;
      });
    return this.#map;
  }
}

if (!customElements.get('day-by-day')) customElements.define('day-by-day', DayByDayElement);
