-- Seats adopted from the insiders' own filings (issue 17): who decided the seat, and independence that no one has
-- determined yet. A seat written through the seats API is CURATED; adoption creates FILINGS seats and only ever
-- updates those, so that what a person curated is never overwritten.
ALTER TABLE director ADD COLUMN origin VARCHAR(8) NOT NULL DEFAULT 'CURATED' CHECK (origin IN ('CURATED', 'FILINGS'));
ALTER TABLE director ALTER COLUMN independent DROP NOT NULL;
-- curated seats keep saying whether the director is independent
ALTER TABLE director ADD CONSTRAINT director_curated_independence CHECK (origin = 'FILINGS' OR independent IS NOT NULL);
