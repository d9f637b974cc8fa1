// graph: articles
// Which chips may not be sold to China, and who restricts them?
MATCH (g:Company)-[r:RESTRICTS]->(c:Chip)
RETURN c.name AS chip, g.name AS restricted_by, r.status AS status, r.sources AS sources
ORDER BY chip;
/* expect
| chip   | restricted_by               | status   | sources      |
| 'A100' | 'US Government'             | 'banned' | ['a2']       |
| 'A800' | 'US Department of Commerce' | 'halted' | ['a1', 'a2'] |
| 'H100' | 'US Government'             | 'banned' | ['a2']       |
| 'H800' | 'US Department of Commerce' | 'halted' | ['a1', 'a2'] |
(4 rows)
*/
