// graph: articles
// Which acquisitions do the articles report, in the article's currency and in US dollars?
MATCH (a:Company)-[:PARTY_TO {role: 'acquirer'}]->(d:Deal {kind: 'acquisition'})-[:TARGET]->(t:Company)
RETURN a.name AS acquirer, t.name AS target, d.amount AS amount, d.currency AS currency, d.amount_usd AS amount_usd, d.date AS date
ORDER BY amount_usd DESC;
/* expect
| acquirer     | target       | amount     | currency | amount_usd | date         |
| 'Databricks' | 'MosaicML'   | 1300000000 | 'USD'    | 1300000000 | '2023-06'    |
| 'Meituan'    | 'Light Year' | 2065000000 | 'CNY'    | 285615491  | '2023-06-29' |
(2 rows)
*/
