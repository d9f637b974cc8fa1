// graph: articles
// Which companies compete with NVIDIA, according to which articles?
MATCH (c:Company)-[r:COMPETES_WITH]-(:Company {name: 'NVIDIA'})
RETURN c.name AS competitor, r.sources AS sources
ORDER BY competitor;
/* expect
| competitor  | sources      |
| 'AMD'       | ['a1']       |
| 'Amazon'    | ['a2']       |
| 'Google'    | ['a0', 'a2'] |
| 'Intel'     | ['a0', 'a1'] |
| 'Meta'      | ['a2']       |
| 'Microsoft' | ['a2']       |
| 'OpenAI'    | ['a2', 'a4'] |
(7 rows)
*/
