// graph: articles
// Which startups raised money at which valuation?
MATCH (d:Deal {kind: 'investment'})-[:TARGET]->(c:Company)
WHERE d.valuation_usd IS NOT NULL
RETURN c.name AS company, d.amount_usd AS raised_usd, d.valuation_usd AS valuation_usd, d.date AS date
ORDER BY valuation_usd DESC;
/* expect
| company         | raised_usd | valuation_usd | date         |
| 'Inflection AI' | 1300000000 | 4000000000    | '2023-06-29' |
| 'Cohere'        | 270000000  | 2200000000    | '2023-06-09' |
| 'Runway'        | 141000000  | 1500000000    | '2023-06-29' |
(3 rows)
*/
