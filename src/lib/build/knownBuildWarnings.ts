/**
 * Build warnings that are known to be harmless and would otherwise print for every
 * article, naming the editor's own file as if it were at fault.
 *
 * Astro marks each MDX entry's propagated-assets module with the directive
 * "use astro:head-inject", which Rolldown does not know and warns about
 * (MODULE_LEVEL_DIRECTIVE). Astro reads the directive itself before bundling, so the
 * warning changes nothing in the output: withastro/astro#18087, open at Astro 7.3.
 */
interface BuildLog {
  code?: string;
  message?: string;
}

export function isKnownHarmlessWarning(log: BuildLog): boolean {
  return log.code === 'MODULE_LEVEL_DIRECTIVE' && (log.message ?? '').includes('"use astro:head-inject"');
}
