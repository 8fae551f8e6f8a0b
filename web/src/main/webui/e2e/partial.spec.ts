import { checkPage, expect, signIn, test } from './support';

// Run by PlatformIT while filings-service is stopped (npx playwright test partial): the page shows what it has.
test('a stopped service gives a page with what the others know and says what is missing', async ({ page }) => {
  await signIn(page, '/companies/1107843?asOf=2024-09-30&quarter=2024-Q3');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('QUALYS, INC.');
  await expect(page.getByTestId('board').locator('tbody tr')).toHaveCount(8);
  await expect(page.getByRole('alert').filter({ hasText: 'Some data is missing' })).toContainText('filings-service');
  await expect(page.getByText('Insider trades are not available.')).toBeVisible();
  await checkPage(page, 'partial-data');
});
