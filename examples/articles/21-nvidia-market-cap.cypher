// graph: articles
// How did NVIDIA's market value develop, according to the articles?
MATCH (:Company {name: 'NVIDIA'})-[:HAS_METRIC]->(m:Metric {metric: 'market_cap_usd'})
RETURN coalesce(m.date, m.period) AS time, m.value AS usd, m.qualifier AS qualifier, m.sources AS sources
ORDER BY time;
/* expect
| time         | usd           | qualifier     | sources      |
| '2017-H2'    | 100000000000  | 'first above' | ['a4']       |
| '2023-05-30' | 1000000000000 | 'crossed'     | ['a0', 'a1'] |
| '2024-02-22' | 2000000000000 | 'nearly'      | ['a4']       |
| '2024-06-05' | 3010000000000 | null          | ['a3']       |
(4 rows)
*/
