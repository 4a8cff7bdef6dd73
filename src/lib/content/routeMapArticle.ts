/**
 * The article that carries the route map of the 2023 journey: its page shows the map
 * (and prints the static SVG of it), and its social card draws the route.
 */
export const ROUTE_MAP_ARTICLE = 'the-2023-journey';
