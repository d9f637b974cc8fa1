// graph: articles
// Everything about Jensen Huang: what he is linked to, in both directions, and where he is mentioned.
WITH resolve('老黄') AS p
MATCH (p)-[r]->(x)
WHERE type(r) <> 'MENTIONED_IN'
RETURN type(r) AS relationship, coalesce(x.name, x.id) AS other
ORDER BY relationship, other;
/* expect
| relationship | other                      |
| 'CEO_OF'     | 'NVIDIA'                   |
| 'FOUNDED'    | 'NVIDIA'                   |
| 'PARTY_TO'   | 'DGX-1 donation to OpenAI' |
| 'SPOKE_AT'   | 'Computex 2024'            |
| 'SPOKE_AT'   | 'GTC 2024'                 |
| 'WORKS_AT'   | 'NVIDIA'                   |
(6 rows)
*/

WITH resolve('黄仁勋') AS p
MATCH (p)<-[r]-(x)
RETURN type(r) AS relationship, coalesce(x.name, x.id) AS other, r.role AS role
ORDER BY relationship, other;
/* expect
| relationship | other        | role |
| 'HONORED'    | 'HKUST'      | null |
| 'RIVALS'     | 'Sam Altman' | null |
(2 rows)
*/

WITH resolve('Jensen Huang') AS p
MATCH (p)-[:MENTIONED_IN]->(a:Article)
RETURN p.name AS name, p.name_zh AS name_zh, p.title AS title, a.id AS article
ORDER BY article;
/* expect
| name           | name_zh  | title | article |
| 'Jensen Huang' | '黄仁勋' | 'CEO' | 'a0'    |
| 'Jensen Huang' | '黄仁勋' | 'CEO' | 'a2'    |
| 'Jensen Huang' | '黄仁勋' | 'CEO' | 'a3'    |
| 'Jensen Huang' | '黄仁勋' | 'CEO' | 'a4'    |
(4 rows)
*/
