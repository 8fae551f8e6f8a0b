import { readFileSync } from 'node:fs';
import { SHOTS, checkPage, expect, graphql, signIn, test } from './support';

const FLAGSHIP = '/companies/1107843/committee-trades?quarter=2024-Q3';
const money = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', minimumFractionDigits: 2, maximumFractionDigits: 2 });
const shares = new Intl.NumberFormat('en-US', { maximumFractionDigits: 4 });

test.describe('a reader', () => {
  test('logs in through Keycloak on a deep link and sees exactly the flagship answer for Qualys 2024-Q3', async ({ page }) => {
    await signIn(page, FLAGSHIP);
    const answer = (await graphql(page, readFileSync(new URL('../../../../../demo/flagship.graphql', import.meta.url), 'utf8'))).data.committeeMemberTrades;
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Committee members’ trades: QUALYS, INC., 2024-Q3');
    const totals = page.getByTestId('flagship-totals');
    await expect(totals).toContainText(`Trades ${answer.totals.transactions}`);
    await expect(totals).toContainText(shares.format(answer.totals.shares));
    await expect(totals).toContainText(money.format(answer.totals.value));
    const committees = page.getByTestId('flagship-committee');
    await expect(committees).toHaveCount(answer.committees.length);
    for (const [index, committee] of answer.committees.entries()) {
      const section = committees.nth(index);
      await expect(section.getByRole('heading', { level: 2 })).toHaveText(committee.name);
      const trades = committee.members.flatMap((m: any) => m.transactions.map((t: any) => ({ member: m, trade: t })));
      const rows = section.locator('tbody tr');
      await expect(rows).toHaveCount(trades.length);
      for (const [i, { member, trade }] of trades.entries()) {
        const row = rows.nth(i);
        await expect(row).toContainText(member.person.fullName);
        await expect(row).toContainText(shares.format(trade.shares));
        await expect(row).toContainText(money.format(trade.value));
        await expect(row).toContainText(trade.plan10b5One.status === 'NONE' ? 'no plan' : '10b5-1');
        if (member.matchedBy === 'NAME') await expect(row).toContainText('matched by name');
        if (trade.late) await expect(row).toContainText('filed late');
      }
      if (trades.length) {
        const footer = section.locator('tfoot tr');
        await expect(footer).toContainText(shares.format(committee.members.reduce((s: number, m: any) => s + m.totals.shares, 0)));
      }
    }
    // the exact figure behind a rounded one is on hover
    await expect(totals.getByTitle('Exact: 238.912329')).toHaveText('≈$238.9123');
    await checkPage(page, 'flagship');
    // no token in the page's reach: nothing in the browser's storage, the session cookie is HTTP-only
    expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);
    expect(await page.evaluate(() => document.cookie)).not.toContain('q_session');
    expect((await page.context().cookies()).find((c) => c.name.startsWith('q_session'))?.httpOnly).toBe(true);
    // the deep link survives a reload
    await page.reload();
    await expect(page.getByTestId('flagship-committee')).toHaveCount(answer.committees.length);
    // read at a phone's width too
    await page.setViewportSize({ width: 390, height: 844 });
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.screenshot({ path: `${SHOTS}flagship-390.png`, fullPage: true });
  });

  test('sees the company page: board, checks, committees and trades, and no edit control', async ({ page }) => {
    await signIn(page, '/companies/0001107843?asOf=2024-09-30&quarter=2024-Q3');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('QUALYS, INC.');
    const board = page.getByTestId('board');
    await expect(board.locator('tbody tr')).toHaveCount(8);
    await expect(board).toContainText('Gita Exampleton');
    await expect(board).toContainText('Lead Independent Director');
    await expect(page.getByTestId('compliance')).toContainText('A majority of the board is independent');
    await expect(page.getByTestId('compliance')).toContainText('Nasdaq Rule 5605(b)(1)');
    await expect(page.getByText('Dev Exampleton').first()).toBeVisible();
    // other suites add trades to the demo data: the page shows what the API answers
    const trades = (await graphql(page, '{ company(cik: "1107843") { insiderTransactions(quarter: "2024-Q3") { accession } } }'))
      .data.company.insiderTransactions;
    expect(trades.length).toBeGreaterThanOrEqual(6);
    await expect(page.getByTestId('company-trades').locator('tbody tr')).toHaveCount(trades.length);
    await expect(page.getByTestId('net-flow')).toContainText('2024-Q3');
    // the insiders as the filings report them, and where the curated board disagrees (Edda and Gita file nothing)
    const insiders = (await graphql(page, '{ company(cik: "1107843") { insiders(asOf: "2024-09-30") { cik } } }')).data.company.insiders;
    expect(insiders.length).toBeGreaterThanOrEqual(7);
    await expect(page.getByTestId('insiders').locator('tbody tr')).toHaveCount(insiders.length);
    await expect(page.getByTestId('insiders')).toContainText('Officer (EVP, Worldwide Field Ops)');
    await expect(page.getByTestId('insiders')).toContainText('Common Stock: 55,500');
    await expect(page.getByTestId('board-vs-filings')).toContainText('Edda Exampleton');
    await expect(page.getByTestId('board-vs-filings')).toContainText('On the board, in no filing');
    await expect(page.getByRole('button', { name: /add a member|add a committee|add a director|^end/i })).toHaveCount(0);
    await checkPage(page, 'company');
    // a reader's write is refused by the API, whatever the page offers
    const refused = await graphql(page, 'mutation { createCommittee(input: { companyCik: "1107843", name: "X", type: OTHER }) { id } }');
    expect(refused.errors[0].extensions.code).toBe('forbidden');
    // the back button returns to the previous page
    await page.getByRole('link', { name: /Committee members’ trades in 2024-Q3/ }).click();
    await expect(page).toHaveURL(/committee-trades\?quarter=2024-Q3/);
    await page.goBack();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('QUALYS, INC.');
  });

  test('sees a seat adopted from the insiders\' filings marked as such, its independence not determined', async ({ page }) => {
    // a tool posts a Form 4 of an issuer the curated data do not know and adopts its insiders (POST /adoptions)
    const secrets = JSON.parse(readFileSync(new URL('../../../../../k8s/keycloak/local-development.json', import.meta.url), 'utf8')).clientSecrets;
    const token = async (client: string) => (await (await fetch('http://127.0.0.1:8180/realms/governance/protocol/openid-connect/token', {
      method: 'POST', body: new URLSearchParams({ grant_type: 'client_credentials', client_id: client, client_secret: secrets[client] }),
    })).json()).access_token as string;
    const xml = readFileSync(new URL('../../../../../demo/filings/0009999999-24-000101_2024-08-08.xml', import.meta.url), 'utf8')
      .replaceAll('0001107843', '0009990951').replaceAll('QUALYS, INC.', 'WEB ADOPTION EXAMPLE CORP (ILLUSTRATIVE)')
      .replaceAll('0009990101', '0009990151').replaceAll('Exampleton Ada', 'Exampleton Noor');
    const posted = await fetch('http://127.0.0.1:8083/filings?accession=0009999999-24-000779&filingDate=2024-08-08', {
      method: 'POST', body: xml, headers: { 'Content-Type': 'application/xml', Authorization: `Bearer ${await token('filings-loader')}` } });
    expect([200, 201]).toContain(posted.status);
    const adopted = await fetch('http://127.0.0.1:8081/adoptions', { method: 'POST', body: JSON.stringify({ issuerCiks: ['9990951'] }),
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${await token('governance-tools')}` } });
    expect(adopted.status).toBe(200);

    await signIn(page, '/companies/9990951');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('WEB ADOPTION EXAMPLE CORP (ILLUSTRATIVE)');
    const row = page.getByTestId('board').locator('tr', { hasText: 'Noor Exampleton' });
    await expect(row).toContainText('from filings');
    await expect(row).toContainText('Not determined');
    await checkPage(page, 'company-adopted-seat');
  });

  test('finds a company by name, ticker and CIK', async ({ page }) => {
    await signIn(page, '/?search=qualys');
    await expect(page.getByRole('link', { name: 'QUALYS, INC.' })).toBeVisible();
    await page.getByLabel('Name, ticker or CIK', { exact: true }).fill('QLYS');
    await page.getByRole('button', { name: 'Find' }).click();
    await expect(page.getByRole('link', { name: 'QUALYS, INC.' })).toBeVisible();
    await page.getByLabel('Name, ticker or CIK', { exact: true }).fill('1107843');
    await page.getByRole('button', { name: 'Find' }).click();
    await page.getByRole('link', { name: 'open the company' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('QUALYS, INC.');
    await checkPage(page, 'home');
  });

  test('opens a person: seats and committees across companies, trades across issuers, holdings', async ({ page }) => {
    await signIn(page, '/people/1?asOf=2024-09-30');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Ada Exampleton');
    const boards = page.getByTestId('person-boards');
    await expect(boards).toContainText('QUALYS, INC.');
    await expect(boards).toContainText('EXAMPLETON WIDGETS CORP (ILLUSTRATIVE)');
    await expect(boards).toContainText('Audit Committee — Chair, financial expert');
    await expect(page.getByTestId('person-trades')).toContainText('$490,210.00');
    await expect(page.getByTestId('holdings')).toContainText('18,000');
    await checkPage(page, 'person');
  });

  test('screens trades with filters kept in the link, pages from the server, and exports CSV', async ({ page }) => {
    await signIn(page, '/trades?quarter=2024-Q3&codes=S&issuers=1107843');
    const total = (await graphql(page, '{ insiderTransactions(filter: { quarter: "2024-Q3", codes: ["S"], issuerCiks: ["1107843"] }) { totalItems } }'))
      .data.insiderTransactions.totalItems;
    expect(total).toBeGreaterThanOrEqual(4);
    await expect(page.getByTestId('trades-count')).toHaveText(`${total} trades · page 1 of 1`);
    await expect(page.getByTestId('trades').locator('tbody tr')).toHaveCount(total);
    await checkPage(page, 'trades');
    await page.reload();
    await expect(page.getByTestId('trades-count')).toHaveText(`${total} trades · page 1 of 1`);
    // a smaller page: the server pages, the link says which page
    await page.goto('/trades?quarter=2024-Q3&size=25');
    await page.getByLabel('P', { exact: true }).check();
    await page.getByRole('button', { name: 'Search' }).click();
    await expect(page).toHaveURL(/codes=P/);
    await expect(page.getByTestId('trades').locator('tbody tr').first()).toContainText('P');
    await page.goBack();
    await expect(page).not.toHaveURL(/codes=P/);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export CSV' }).click();
    const file = await download;
    const csv = readFileSync(await file.path(), 'utf8').trim().split('\r\n');
    const count = Number((await page.getByTestId('trades-count').textContent())!.split(' ')[0].replace(/,/g, ''));
    expect(csv[0]).toBe('date,issuer_cik,issuer,owners,owner_ciks,code,acquired_disposed,shares,price,value,plan_10b5_1,late,table,accession');
    expect(csv).toHaveLength(count + 1);
    // a range that ends before it starts is named next to the field and not sent
    await page.goto('/trades?from=2024-09-30&to=2024-07-01');
    await expect(page.getByText('The end date is before the start date')).toBeVisible();
  });

  test('screens by value, role, committee, plan and lateness, sorted on the server', async ({ page }) => {
    await signIn(page, '/trades?quarter=2024-Q3&minValue=300000&sort=VALUE_DESC');
    const rows = page.getByTestId('trades').locator('tbody tr');
    await expect(rows.first()).toBeVisible();
    const values = (await page.getByTestId('trades').locator('tbody td:nth-child(8) [data-exact]').evaluateAll(
      (cells) => cells.map((c) => Number(c.getAttribute('data-exact')))));
    expect(values.length).toBeGreaterThan(1);
    expect(values.every((v) => v >= 300000)).toBe(true);
    expect([...values].sort((a, b) => b - a)).toEqual(values);
    await expect(page.getByLabel('Order')).toHaveValue('VALUE_DESC');
    // a click on a column header asks the server for that order
    await page.getByRole('button', { name: 'Shares' }).click();
    await expect(page).toHaveURL(/sort=SHARES(&|$)/);
    await page.goto('/trades?quarter=2024-Q3&plan=yes');
    await expect(rows.first()).toBeVisible();
    for (const row of await rows.all()) await expect(row).toContainText('10b5-1');
    await page.goto('/trades?quarter=2024-Q3&late=yes');
    await expect(rows.first()).toBeVisible();
    for (const row of await rows.all()) await expect(row).toContainText('filed late');
    await page.goto('/trades?quarter=2024-Q3&roles=TEN_PERCENT_OWNER');
    await expect(rows.first()).toBeVisible();
    for (const row of await rows.all()) await expect(row).toContainText('10% owner');
    await page.goto('/trades?quarter=2024-Q3&committees=AUDIT&issuers=1107843&codes=S');
    await expect(rows.first()).toBeVisible();
    for (const row of await rows.all()) await expect(row.locator('td').nth(2)).toHaveText(/Exampleton (Ada|Bruno|Dev)/);
    await checkPage(page, 'trades-committee');
    await page.goto('/trades?quarter=2024-Q3&committees=AUDIT');
    await expect(page.getByText('Choose 1 to 20 issuer CIKs to screen by committee membership')).toBeVisible();
  });

  test('opens a filing: owners, both tables, footnotes, the amendment chain and the EDGAR link', async ({ page }) => {
    await signIn(page, '/filings/0009999999-24-000101');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Form 4 · 0009999999-24-000101');
    await expect(page.getByText('Exampleton Ada').first()).toBeVisible();
    await expect(page.getByTestId('table-1').locator('tbody tr')).toHaveCount(1);
    await expect(page.getByTestId('table-1')).toContainText('18,000');
    await expect(page.getByTestId('amendment-chain')).toContainText('This filing');
    await expect(page.getByRole('link', { name: 'on EDGAR' })).toHaveAttribute('href',
      'https://www.sec.gov/Archives/edgar/data/1107843/000999999924000101/0009999999-24-000101-index.htm');
    await checkPage(page, 'filing');
    await page.goto('/filings/0000000000-00-000000');
    await expect(page.getByText(/No filing with accession number/)).toBeVisible();
  });

  test('uses the GraphQL console behind the same login', async ({ page }) => {
    await signIn(page, '/console');
    await page.getByRole('button', { name: 'Run' }).click();
    await expect(page.getByTestId('console-answer')).toContainText('"name": "QUALYS, INC."');
    // the schema is there to read, with every field's description
    await page.getByText('Schema', { exact: true }).click();
    await expect(page.locator('pre.schema')).toContainText('committeeMemberTrades');
    await checkPage(page, 'console');
  });

  test.describe('with requests refused on purpose', () => {
  // the browser logs each refused request as a console error: these are the test's own
  test.use({ allowedConsoleErrors: [/status of (403|499)/] });
  test('cannot be made to post from another site, and an ended session logs in again and comes back', async ({ page }) => {
    await signIn(page, '/companies/1107843');
    const noHeader = await page.request.post('/api/graphql', { data: { query: '{ companies { totalItems } }' } });
    expect(noHeader.status()).toBe(403);
    expect((await noHeader.json()).type).toBe('urn:governance:problem:cross-site-request');
    const foreign = await page.request.post('/api/graphql', {
      headers: { 'X-Requested-With': 'JavaScript', Origin: 'https://evil.example' }, data: { query: '{ companies { totalItems } }' } });
    expect(foreign.status()).toBe(403);
    expect((await foreign.json()).errors[0].name).toBe('Origin');
    // the session cookie is gone (as when it ends): the next request goes through the login and back to this page
    const cookies = await page.context().cookies();
    await page.context().clearCookies();
    await page.context().addCookies(cookies.filter((c) => !c.name.startsWith('q_session')));
    await page.getByRole('link', { name: 'Trade screener' }).click();
    await expect(page).toHaveURL(/\/trades$/);
    await expect(page.getByTestId('trades-count')).toBeVisible();
  });
  });

  test('signs out, which ends the Keycloak session too', async ({ page }) => {
    await signIn(page, '/');
    await page.getByRole('link', { name: 'Sign out' }).click();
    await expect(page.getByRole('heading', { name: 'You are signed out' })).toBeVisible();
    await page.getByRole('link', { name: 'Sign in again' }).click();
    // no single sign-on left: Keycloak asks for the password again
    await expect(page.locator('#password')).toBeVisible();
  });
});

test.describe('an editor', () => {
  test('adds a committee and a member and sees them; a refusal shows next to the field', async ({ page }) => {
    await signIn(page, '/companies/9990900', 'editor');
    const name = `E2E Committee ${Date.now()}`;
    await page.getByRole('button', { name: 'Add a committee' }).click();
    const committeeForm = page.getByRole('form', { name: 'Add a committee' });
    await committeeForm.getByLabel('Name').fill(name);
    await committeeForm.getByLabel('Type').selectOption('OTHER');
    await committeeForm.getByLabel('Formed on').fill('2021-03-01');
    await committeeForm.getByRole('button', { name: 'Add committee' }).click();
    await expect(page.getByRole('heading', { name })).toBeVisible();
    await page.getByRole('button', { name: `Add a member to the ${name}` }).click();
    const form = page.getByRole('form', { name: `Add a member to the ${name}` });
    // refused: a role the API does not know is impossible in the form, so ask for a start before the committee existed
    await form.getByLabel('Director').selectOption({ label: 'Ada Exampleton' });
    await form.getByLabel('From').fill('1990-01-01');
    await form.getByRole('button', { name: 'Add member' }).click();
    await expect(form.locator('.field-error').first()).toBeVisible();
    await page.screenshot({ path: `${SHOTS}editor-refusal.png`, fullPage: true });
    await form.getByLabel('From').fill('2022-01-01');
    await form.getByRole('button', { name: 'Add member' }).click();
    const committee = page.locator('.committee', { has: page.getByRole('heading', { name }) });
    await expect(committee.getByRole('link', { name: 'Ada Exampleton' })).toBeVisible();
    // the editor changes the committee: a charter link appears
    await committee.getByRole('button', { name: `Edit the ${name}` }).click();
    await committee.getByLabel('Charter URL').fill('https://example.org/charter.pdf');
    await committee.getByRole('button', { name: 'Save committee' }).click();
    await expect(committee.getByRole('link', { name: 'Charter' })).toHaveAttribute('href', 'https://example.org/charter.pdf');
    // the member leaves, the committee is dissolved: it is gone from today's board page (and the demo data stays as it was)
    await committee.getByRole('button', { name: "End Ada Exampleton's membership" }).click();
    await committee.getByLabel('Last day of Ada Exampleton').fill('2024-12-31');
    await committee.getByRole('button', { name: 'End membership' }).click();
    // the board page shows today's members: Ada is no longer one
    await expect(committee.getByRole('link', { name: 'Ada Exampleton' })).toHaveCount(0);
    await committee.getByRole('button', { name: `Edit the ${name}` }).click();
    await committee.getByLabel('Dissolved on').fill('2024-12-31');
    await committee.getByRole('button', { name: 'Save committee' }).click();
    await expect(page.getByRole('heading', { name })).toHaveCount(0);
    // the editor changes a seat; the board shows it (the same value each run, so the demo data stays as it was)
    await page.getByRole('button', { name: "Edit Ines Exampleton's seat" }).click();
    const seatForm = page.getByRole('form', { name: "Edit Ines Exampleton's seat" });
    await seatForm.getByLabel('Term expires (year)').fill('2027');
    await seatForm.getByRole('button', { name: 'Save seat' }).click();
    await expect(page.getByTestId('board').locator('tr', { hasText: 'Ines Exampleton' })).toContainText('2027');
    // a seat that ends before it began is refused, next to the field
    await page.getByRole('button', { name: "Edit Ines Exampleton's seat" }).click();
    await seatForm.getByLabel('Left the board on').fill('1990-01-01');
    await seatForm.getByRole('button', { name: 'Save seat' }).click();
    await expect(seatForm.locator('.field-error, .state.error').first()).toBeVisible();
    await seatForm.getByRole('button', { name: 'Cancel' }).click();
    await checkPage(page, 'editor-company');
  });
});
