// graph: articles
// Which cloud companies will offer GB200, and what else do they use?
MATCH (:Company {name: 'NVIDIA'})-[p:PARTNERS_WITH {deal: 'gb200-cloud-partners'}]->(c:Company)
OPTIONAL MATCH (c)-[u:USES]->(chip:Chip)
RETURN c.name AS cloud, count(chip) AS chips_used
ORDER BY cloud;
/* expect
| cloud       | chips_used |
| 'Amazon'    | 2          |
| 'Google'    | 3          |
| 'Microsoft' | 2          |
| 'Oracle'    | 3          |
(4 rows)
*/
