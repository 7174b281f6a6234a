/**
 * The built manifests ask for exactly what Gardefou needs and nothing a hostile page could use: storage, the four
 * webmail hosts, no optional or broad permission, no remote or evaluated code, content scripts and web-accessible
 * resources on those hosts only, and no door for web pages or other extensions to message it. Reads the builds
 * (dist/, or $GARDEFOU_DIST), so it runs after `npm run build`; a permission added by a plugin or a manifest edit
 * fails here.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const DIST = resolve(process.env.GARDEFOU_DIST ?? 'dist');

/** The only pages Gardefou reads. Adding one is a decision to make here, on purpose. */
const WEBMAIL_HOSTS = [
  'https://mail.google.com/*',
  'https://outlook.office.com/*',
  'https://outlook.office365.com/*',
  'https://outlook.live.com/*',
];

/** The insertion code the content script loads on first Insert (see src/content/tab-messages.ts). */

/** Keys that would widen what the extension can do or who can talk to it. */
const FORBIDDEN_KEYS = [
  'optional_permissions',
  'optional_host_permissions',
  'externally_connectable',
  'sandbox',
  'declarative_net_request',
  'devtools_page',
  'oauth2',
  'update_url',
  'chrome_url_overrides',
];

interface Manifest {
  permissions?: string[];
  host_permissions?: string[];
  content_security_policy?: Record<string, string>;
  content_scripts?: { matches?: string[]; exclude_matches?: string[]; world?: string; js?: string[] }[];
  web_accessible_resources?: { resources?: string[]; matches?: string[]; extension_ids?: string[] }[];
  browser_specific_settings?: { gecko?: { data_collection_permissions?: Record<string, string[]> } };
  [key: string]: unknown;
}

const sorted = (list: readonly string[] | undefined): string[] => [...(list ?? [])].sort();

/** Every source of every directive of a CSP, keyed by directive. */
function cspSources(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

function readManifest(target: 'chrome' | 'firefox'): Manifest {
  const path = join(DIST, target, 'manifest.json');
  if (!existsSync(path)) throw new Error(`${path} not found: run npm run build first`);
  return JSON.parse(readFileSync(path, 'utf8')) as Manifest;
}

describe.each(['chrome', 'firefox'] as const)('the built %s manifest', (target) => {
  const read = (): Manifest => readManifest(target);

  it('asks for storage and nothing else', () => {
    expect(read().permissions).toEqual(['storage']);
  });

  it('reaches the four webmail hosts and nothing else', () => {
    const manifest = read();
    expect(sorted(manifest.host_permissions)).toEqual(sorted(WEBMAIL_HOSTS));
    expect(JSON.stringify(manifest)).not.toMatch(/<all_urls>|:\/\/\*\/|\*:\/\/|https?:\/\/\*\./);
  });

  it('has no optional permission and nothing that lets pages or other extensions in', () => {
    const manifest = read();
    expect(FORBIDDEN_KEYS.filter((key) => key in manifest)).toEqual([]);
  });

  it('allows no remote, inline or evaluated code in its pages', () => {
    const csp = read().content_security_policy;
    expect(Object.keys(csp ?? {})).toEqual(['extension_pages']);
    const directives = cspSources(csp?.extension_pages ?? '');
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('connect-src')).toEqual(["'none'"]);
    const loose = [...directives].flatMap(([name, sources]) =>
      sources.filter((s) => s !== "'self'" && s !== "'none'").map((s) => `${name} ${s}`),
    );
    expect(loose).toEqual([]);
  });

  it('runs its content scripts on the webmail hosts only, in their own isolated world', () => {
    const scripts = read().content_scripts ?? [];
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) {
      expect(script.matches?.length).toBeGreaterThan(0);
      expect(script.matches?.filter((match) => !WEBMAIL_HOSTS.includes(match))).toEqual([]);
      expect(script.world ?? 'ISOLATED').toBe('ISOLATED');
    }
  });

  it('exposes no file to web pages', () => {
    expect(read().web_accessible_resources).toBeUndefined();
  });
});

describe('the built firefox manifest', () => {
  it('declares that it collects no data', () => {
    const gecko = readManifest('firefox').browser_specific_settings?.gecko;
    expect(gecko?.data_collection_permissions).toEqual({ required: ['none'] });
  });
});
