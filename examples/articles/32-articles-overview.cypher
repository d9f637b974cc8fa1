// graph: articles
// Who wrote each article, where and when, and how many nodes does it mention?
MATCH (a:Article)
OPTIONAL MATCH (n)-[:MENTIONED_IN]->(a)
RETURN a.id AS id, a.outlet AS outlet, a.author AS author, a.date AS date, count(n) AS nodes
ORDER BY id;
/* expect
| id   | outlet                | author      | date         | nodes |
| 'a0' | 'TechWeb'             | null        | '2023-05-31' | 42    |
| 'a1' | '芯东西'              | 'ZeR0'      | '2023-06-30' | 80    |
| 'a2' | 'blog'                | '张津京'    | '2024-03-19' | 49    |
| 'a3' | null                  | 'Rickzhang' | '2024-06-05' | 51    |
| 'a4' | '界面新闻 / 数字力场' | '佘宗明'    | '2024-02'    | 72    |
(5 rows)
*/
