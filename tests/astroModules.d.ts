/**
 * `tsc` does not read .astro files (`astro check` does): to it, a component a test renders
 * through the Container API is a module of this shape.
 */
declare module '*.astro' {
  const Component: import('astro/runtime/server/index.js').AstroComponentFactory;
  export default Component;
}
