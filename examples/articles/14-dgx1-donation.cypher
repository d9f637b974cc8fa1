// graph: articles
// What did NVIDIA donate, when, at what list price, and who took part?
MATCH (d:Deal {kind: 'donation'})-[:TARGET]->(t)
MATCH (p)-[r:PARTY_TO]->(d)
RETURN t.name AS donated, d.date AS date, d.amount_usd AS list_price_usd, p.name AS party, r.role AS role
ORDER BY role, party;
/* expect
| donated | date   | list_price_usd | party          | role        |
| 'DGX-1' | '2016' | 129000         | 'Jensen Huang' | 'donor'     |
| 'DGX-1' | '2016' | 129000         | 'NVIDIA'       | 'donor'     |
| 'DGX-1' | '2016' | 129000         | 'OpenAI'       | 'recipient' |
(3 rows)
*/
