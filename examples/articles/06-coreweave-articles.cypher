// graph: articles
// Which articles mention CoreWeave?
MATCH (:Company {name: 'CoreWeave'})-[:MENTIONED_IN]->(a:Article)
RETURN a.id AS id, a.title AS title, a.outlet AS outlet, a.date AS date
ORDER BY id;
/* expect
| id   | title                                                       | outlet    | date         |
| 'a0' | '乘着生成式AI东风英伟达市值奔向1万亿美元'                   | 'TechWeb' | '2023-05-31' |
| 'a1' | '英伟达杀疯了!连投三家生成式AI独角兽,加单带飞台积电5nm产能' | '芯东西'  | '2023-06-30' |
(2 rows)
*/
