// A relationship pattern with a property map but no variable filters on its properties.
CREATE (a:A)-[:T {w: 1}]->(:B), (a)-[:T {w: 2}]->(:C);
/* expect
created 3 nodes, 2 relationships, 2 properties, 3 labels
*/
MATCH (a:A)-[:T {w: 1}]->(y) RETURN labels(y) AS l;
/* expect
| l     |
| ['B'] |
(1 row)
*/
MATCH (d:B) OPTIONAL MATCH (x)-[:T {w: 1}]->(d) RETURN count(x) AS n;
/* expect
| n |
| 1 |
(1 row)
*/
