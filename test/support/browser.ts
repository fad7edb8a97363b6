import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type Page, type Request } from 'playwright-core';
import { Role, signDevelopmentToken } from '@sidos/auth';
import { ensureConsoleBuild } from '../../scripts/ensure-build.js';
import { TEST_JWT_SECRET, TestApp } from './test-app.js';

/** Debian's Chromium (`apt-get install chromium`); CHROMIUM_PATH points elsewhere. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'];
export const SCREENSHOTS = join(import.meta.dirname, '..', '..', 'docs', 'screenshots');

/**
 * describe() for browser tests: without Chromium they are skipped with a message saying so, except on CI
 * (CI set), where a missing Chromium fails the run instead of hiding the tests.
 */
export function describeInBrowser(name: string, body: () => void): void {
  if (existsSync(CHROMIUM_PATH)) return describe(name, body);
  if (process.env.CI) {
    return describe(name, () => {
      it('needs Chromium', () => {
        throw new Error(`Chromium is missing at ${CHROMIUM_PATH}: .ci/run installs the chromium package`);
      });
    });
  }
  process.stderr.write(`\nSkipped "${name}": no Chromium at ${CHROMIUM_PATH} (apt-get install chromium, or set CHROMIUM_PATH).\n`);
  describe.skip(name, body);
}

/**
 * One API on a fresh database serving the built console, one Chromium, and a record of every request that
 * left for another host (the console must work with no internet: such requests are aborted and fail the tests).
 */
export class ConsoleHarness {
  readonly foreignRequests: string[] = [];
  /** Other origins on this machine that the pages may use (a local OIDC provider); what their own pages fetch is not the console's. */
  readonly localOrigins = new Set<string>();
  private constructor(
    readonly app: TestApp,
    readonly origin: string,
    readonly browser: Browser,
  ) {}

  static async start(environment: Record<string, string> = {}): Promise<ConsoleHarness> {
    ensureConsoleBuild();
    // Without the GraphQL explorer, as in production: GET /graphql is Apollo's alone.
    const app = await TestApp.start({ GRAPHQL_SANDBOX: 'false', ...environment });
    const origin = new URL(await app.listen()).origin;
    const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
    return new ConsoleHarness(app, origin, browser);
  }

  async stop(): Promise<void> {
    await this.browser?.close();
    await this.app?.stop();
  }

  url(path = ''): string {
    return `${this.origin}/admin${path}`;
  }

  /** A signed token of the role, with a name (shown in the console's header). */
  token(role: Role, name = `Test ${role.toLowerCase()}`): Promise<string> {
    return signDevelopmentToken(TEST_JWT_SECRET, { sub: `test-${role.toLowerCase()}`, name, roles: [role], ministry: 'TEM' });
  }

  /** A fresh browser context (its own sessionStorage) and page; English unless `locale` says otherwise. */
  async page(options: { locale?: string; width?: number; height?: number } = {}): Promise<{ context: BrowserContext; page: Page }> {
    const context = await this.browser.newContext({
      locale: options.locale ?? 'en-GB',
      viewport: { width: options.width ?? 1280, height: options.height ?? 900 },
    });
    await context.route('**/*', async (route) => {
      const url = new URL(route.request().url());
      if (url.origin === this.origin || this.localOrigins.has(url.origin)) return route.continue();
      // Aborted either way; recorded unless a local provider's own page asked for it (its sign-in page's web font).
      if (!this.localOrigins.has(frameOrigin(route.request()))) this.foreignRequests.push(url.href);
      return route.abort('blockedbyclient');
    });
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    return { context, page };
  }

  /** Signs in through the form and waits for the navigation landmark. */
  async signIn(page: Page, role: Role = Role.ADMIN, path = ''): Promise<void> {
    await page.goto(this.url(path));
    await page.getByLabel('Access token').fill(await this.token(role));
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('navigation', { name: 'Main' }).waitFor();
  }

  /** axe-core's violations of serious or critical impact on the page as it is now (WCAG 2.1 A and AA rules). */
  static async seriousViolations(page: Page): Promise<string[]> {
    const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
    return result.violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map((violation) => `${violation.impact} ${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`);
  }

  /** The violations of the given axe-core rules on the page, whatever their impact (e.g. landmark-unique, moderate). */
  static async violationsOf(page: Page, rules: string[]): Promise<string[]> {
    const result = await new AxeBuilder({ page }).withRules(rules).analyze();
    return result.violations.map(
      (violation) => `${violation.impact} ${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
    );
  }

  /**
   * The README's screenshot of the page, written to docs/screenshots/<name>.png only when it is missing or
   * UPDATE_SCREENSHOTS=1 asks for new ones, so that a test run leaves the work tree as it was.
   */
  static async screenshot(page: Page, name: string, environment: NodeJS.ProcessEnv = process.env): Promise<boolean> {
    const path = join(SCREENSHOTS, `${name}.png`);
    if (!screenshotWanted(path, environment)) return false;
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path, fullPage: true });
    return true;
  }
}

/** A screenshot is written when it is missing or when UPDATE_SCREENSHOTS=1 asks for new ones. */
export function screenshotWanted(path: string, environment: NodeJS.ProcessEnv = process.env): boolean {
  return environment.UPDATE_SCREENSHOTS === '1' || !existsSync(path);
}

/** The origin of the page that made a request (none known: ''). */
function frameOrigin(request: Request): string {
  try {
    return new URL(request.frame().url()).origin;
  } catch {
    return '';
  }
}
