// graph: articles
// Who invested in Inflection AI, how much was the round and at what valuation?
MATCH (p)-[:PARTY_TO {role: 'investor'}]->(d:Deal)-[:TARGET]->(:Company {name: 'Inflection AI'})
RETURN p.name AS investor, d.amount_usd AS amount_usd, d.valuation_usd AS valuation_usd, d.date AS date
ORDER BY investor;
/* expect
| investor       | amount_usd | valuation_usd | date         |
| 'Bill Gates'   | 1300000000 | 4000000000    | '2023-06-29' |
| 'Eric Schmidt' | 1300000000 | 4000000000    | '2023-06-29' |
| 'NVIDIA'       | 1300000000 | 4000000000    | '2023-06-29' |
| 'Reid Hoffman' | 1300000000 | 4000000000    | '2023-06-29' |
(4 rows)
*/
