-- Whether some evidence supports or confirms a territorial claim (rather than only denying or
-- disputing it), kept on the claim by the writer: a denial of an asserted claim disputes it, and
-- each chunk reads this for every territorial claim its reports may merge into. It was an
-- `EXISTS` over the claim's evidence, which read each evidence row it looked at from the table,
-- and every row of a claim that only denials name: over 200,000 bench articles (a million
-- evidence rows) that was most of a chunk's territorial lookup. Kept for territorial claims
-- only (0 for the other kinds, whose lookups do not read it).
ALTER TABLE claims ADD COLUMN asserted INTEGER NOT NULL DEFAULT 0;
UPDATE claims SET asserted = 1
WHERE kind = 'territorial'
  AND EXISTS (SELECT 1 FROM evidence e
              WHERE e.claim_seq = claims.seq AND e.role IN ('support', 'confirm'));
