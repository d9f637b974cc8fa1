// graph: articles
// How many nodes of each label does each article mention?
MATCH (n)-[:MENTIONED_IN]->(a:Article)
UNWIND labels(n) AS label
RETURN a.id AS article, label, count(*) AS n
ORDER BY article, label;
/* expect
| article | label          | n  |
| 'a0'    | 'Architecture' | 2  |
| 'a0'    | 'Chip'         | 3  |
| 'a0'    | 'Company'      | 16 |
| 'a0'    | 'Deal'         | 3  |
| 'a0'    | 'Metric'       | 6  |
| 'a0'    | 'Person'       | 8  |
| 'a0'    | 'Product'      | 4  |
| 'a1'    | 'Chip'         | 10 |
| 'a1'    | 'Company'      | 28 |
| 'a1'    | 'Deal'         | 14 |
| 'a1'    | 'Event'        | 1  |
| 'a1'    | 'Metric'       | 8  |
| 'a1'    | 'Person'       | 9  |
| 'a1'    | 'Product'      | 10 |
| 'a2'    | 'Architecture' | 3  |
| 'a2'    | 'Chip'         | 8  |
| 'a2'    | 'Company'      | 13 |
| 'a2'    | 'Deal'         | 6  |
| 'a2'    | 'Event'        | 1  |
| 'a2'    | 'Metric'       | 9  |
| 'a2'    | 'Person'       | 2  |
| 'a2'    | 'Product'      | 7  |
| 'a3'    | 'Architecture' | 4  |
| 'a3'    | 'Chip'         | 7  |
| 'a3'    | 'Company'      | 10 |
| 'a3'    | 'Deal'         | 2  |
| 'a3'    | 'Event'        | 2  |
| 'a3'    | 'Metric'       | 10 |
| 'a3'    | 'Person'       | 7  |
| 'a3'    | 'Product'      | 9  |
| 'a4'    | 'Chip'         | 7  |
| 'a4'    | 'Company'      | 28 |
| 'a4'    | 'Deal'         | 7  |
| 'a4'    | 'Metric'       | 13 |
| 'a4'    | 'Person'       | 11 |
| 'a4'    | 'Product'      | 6  |
(36 rows)
*/
