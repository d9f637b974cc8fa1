// graph: articles
// The bundled article graph (docs/article-graph.md): a few facts that the articles state
// and the graph's conventions fix (names, Chinese names, aliases, article ids).

MATCH (a:Article) RETURN a.id AS id ORDER BY id;
/* expect
| id   |
| 'a0' |
| 'a1' |
| 'a2' |
| 'a3' |
| 'a4' |
(5 rows)
*/

MATCH (c:Company {name: 'NVIDIA'}) RETURN c.name_zh AS 公司, c.founded AS founded, 'NVDA' IN c.aliases AS ticker;
/* expect
| 公司     | founded | ticker |
| '英伟达' | 1993    | true   |
(1 row)
*/

MATCH (p:Person)-[:CEO_OF]->(c:Company {name: 'NVIDIA'}) RETURN p.name AS ceo, p.name_zh AS 中文名;
/* expect
| ceo            | 中文名   |
| 'Jensen Huang' | '黄仁勋' |
(1 row)
*/

MATCH (p:Person) WHERE '老黄' IN p.aliases RETURN p.name AS name;
/* expect
| name           |
| 'Jensen Huang' |
(1 row)
*/

MATCH (a:Article {id: 'a2'}) RETURN a.title AS title, a.date AS date;
/* expect
| title                   | date         |
| '老黄在下一盘很大的棋?' | '2024-03-19' |
(1 row)
*/

// Every node other than an Article is MENTIONED_IN each article of its sources. A pattern
// comprehension cannot ask it (unsupported); OPTIONAL MATCH with count can.
MATCH (n) WHERE NOT n:Article AND size(n.sources) <> size([(n)-[:MENTIONED_IN]->() | 1]) RETURN count(n) AS c;
/* expect
error: UnsupportedFeature at 46:59: ...
*/

MATCH (n) WHERE NOT n:Article OPTIONAL MATCH (n)-[m:MENTIONED_IN]->(:Article) WITH n, count(m) AS mentions WHERE mentions <> size(n.sources) RETURN count(n) AS wrong;
/* expect
| wrong |
| 0     |
(1 row)
*/
