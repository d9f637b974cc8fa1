// graph: articles
// Which chip or architecture succeeds which?
MATCH (n)-[s:SUCCEEDS]->(o)
RETURN labels(n) AS labels, n.name AS newer, o.name AS older, s.price_multiple AS price_multiple
ORDER BY newer;
/* expect
| labels           | newer           | older    | price_multiple |
| ['Chip']         | 'A100'          | 'V100'   | null           |
| ['Architecture'] | 'Blackwell'     | 'Hopper' | null           |
| ['Chip']         | 'Blackwell GPU' | 'H100'   | null           |
| ['Chip']         | 'H100'          | 'A100'   | 2              |
(4 rows)
*/
