// Unicode: CJK names for columns, labels and property keys; string functions count
// characters, not bytes; tables pad by display width.

RETURN '英伟达' AS 公司;
/* expect
| 公司     |
| '英伟达' |
(1 row)
*/

CREATE (:公司 {名称: '英伟达', 市值: 3});
/* expect
created 1 node, 2 properties, 1 label
*/

MATCH (c:公司) RETURN c.名称 AS 名称, c.市值 AS 市值, c;
/* expect
| 名称     | 市值 | c                                 |
| '英伟达' | 3    | (:公司 {名称: '英伟达', 市值: 3}) |
(1 row)
*/

MATCH (c:公司) WHERE c.名称 CONTAINS '伟' RETURN count(*) AS n, labels(c) AS l;
/* expect
| n | l        |
| 1 | ['公司'] |
(1 row)
*/

RETURN size('英伟达') AS n, reverse('英伟达') AS r, left('英伟达', 2) AS l, substring('英伟达', 1) AS s, right('英伟达', 1) AS rt;
/* expect
| n | r        | l      | s      | rt   |
| 3 | '达伟英' | '英伟' | '伟达' | '达' |
(1 row)
*/

RETURN '日本' + '語' AS s, '日本語' STARTS WITH '日本' AS b, split('東京,大阪', ',') AS cities;
/* expect
| s        | b    | cities           |
| '日本語' | true | ['東京', '大阪'] |
(1 row)
*/

RETURN toUpper('straße') AS u, toLower('ÉCOLE') AS l, size('naïve') AS n;
/* expect
| u         | l       | n |
| 'STRASSE' | 'école' | 5 |
(1 row)
*/

RETURN 1 AS `列 one`, '한국어' AS `언어`;
/* expect
| 列 one | 언어     |
| 1      | '한국어' |
(1 row)
*/

UNWIND ['b', 'ä', 'a', '中'] AS s RETURN s ORDER BY s;
/* expect
| s    |
| 'a'  |
| 'b'  |
| 'ä'  |
| '中' |
(4 rows)
*/

UNWIND ['北京', '上海', '深圳'] AS city CREATE (:城市 {名: city});
/* expect
created 3 nodes, 3 properties, 1 label
*/

MATCH (c:城市) RETURN c.名 AS 名 ORDER BY 名;
/* expect
| 名     |
| '上海' |
| '北京' |
| '深圳' |
(3 rows)
*/

RETURN '👍' AS emoji, 'Ünïcödé' = 'Ünïcödé' AS same, size('👍') > 0 AS some;
/* expect
| emoji | same | some |
| '👍'  | true | true |
(1 row)
*/
