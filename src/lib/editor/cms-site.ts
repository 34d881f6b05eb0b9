/**
 * What site.yaml decides in the editor: how staff sign in, the name and icon they see; and the
 * editor's form of site.yaml: hints where the form needs more than an example (the
 * instructions the file's comments used to carry: the editor rewrites the file without them), and
 * the fields only the ward's IT person may change, read-only.
 */
import { vi } from '../../i18n/vi.ts';
import type { Overrides } from './cms-fields.ts';

/**
 * What only the ward's IT person changes (site.yaml): the site's address, from which every
 * printed QR code and the base path are made, whether it is still a sample, and the service
 * staff sign in through. Shown read-only, with a hint saying so.
 */
export const IT_ONLY_FIELDS = [
  'site.url',
  'site.urlIsSample',
  'site.authService',
  'site.repository',
] as const;

/** Hints where the form needs more than an example, by dotted path (site.yaml's sections). */
export function siteOverrides(): Overrides {
  const overrides: Overrides = {
    'site.shortName': { hint: vi['cms.hint.site.shortName'] },
    'campaign.timeZone': { hint: vi['cms.hint.timeZone'] },
    report: { hint: vi['cms.hint.report'] },
    'help.hotline': { hint: vi['cms.hint.hotline'] },
    'stories.submit.zalo': { hint: vi['cms.hint.submit.zalo'] },
    'stories.submit.groupLeaders': { hint: vi['cms.hint.submit.groupLeaders'] },
    'stories.submit.cultureCenter': { hint: vi['cms.hint.submit.cultureCenter'] },
  };
  const why: Record<(typeof IT_ONLY_FIELDS)[number], string> = {
    'site.url': vi['cms.hint.site.url'],
    'site.urlIsSample': vi['cms.hint.site.urlIsSample'],
    'site.authService': vi['cms.hint.site.authService'],
    'site.repository': vi['cms.hint.site.repository'],
  };
  for (const path of IT_ONLY_FIELDS)
    overrides[path] = { readonly: true, hint: `${why[path]} ${vi['cms.hint.itOnly']}` };
  return overrides;
}

/**
 * The editor around the forms: the repository it saves to and how staff sign in, the ward's name
 * and icon on its screens, and how uploaded files are named.
 */
export function editorFrame(context: {
  repo: string;
  branch: string;
  site: { title: string; base: string; authService?: string };
}) {
  const { authService } = context.site;
  return {
    backend: {
      name: 'github',
      repo: context.repo,
      branch: context.branch,
      // "Sign in with GitHub" needs an OAuth service; Sveltia's default is Netlify's, which no
      // ward has set up. The button is offered only when site.yaml names the ward's own service.
      ...(authService
        ? { auth_methods: ['oauth', 'token'], base_url: authService.replace(/\/$/, '') }
        : { auth_methods: ['token'] }),
    },
    // The ward's name and icon on the sign-in screen and the browser's tab, not the editor's.
    app_title: `${vi['cms.title']} – ${context.site.title}`,
    logo: { src: `${context.site.base}icon/192.png` },
    // Uploaded files get names like entries' (lower-case ASCII, hyphens): "Ảnh tập huấn 12.11.jpg"
    // is saved as a name the project's file-name rule accepts. No stock photo services: a ward's
    // pictures are its own, and the site loads nothing from other origins.
    media_libraries: {
      default: { config: { slugify_filename: true } },
      stock_assets: { providers: [] },
    },
  };
}
