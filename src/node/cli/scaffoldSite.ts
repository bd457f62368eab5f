/**
 * A new `site.yaml`: `title` and `featuredRoadmap` set, the fields the author must write
 * commented out (each valid YAML once the `# ` is removed), and a comment on each.
 */
export function scaffoldSite(title: string, featuredRoadmap: string): string {
  return `# The site's settings. Remove the "# " before a line to use it.
title: ${JSON.stringify(title)}  # shown in the header and the browser tab
# description: One sentence under the title on the home page, saying what a learner finds here.
featuredRoadmap: ${featuredRoadmap}  # the id of the roadmap shown first (a file in roadmaps/)
# editUrl: https://github.com/<owner>/<repo>/edit/main/{path}  # adds "Edit this page" links; {path} is the file's path in this folder
# siteUrl: https://<owner>.github.io/<repo>  # where the site is published: the build then writes sitemap.xml
`;
}
