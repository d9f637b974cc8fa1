// graph: articles
// Which companies did NVIDIA invest in, and through which deal?
MATCH (:Company {name: 'NVIDIA'})-[i:INVESTED_IN]->(c:Company)
RETURN c.name AS company, i.deal AS deal
ORDER BY company;
/* expect
| company         | deal                          |
| 'Cohere'        | 'cohere-2023-series-c'        |
| 'CoreWeave'     | 'coreweave-nvidia-investment' |
| 'Inflection AI' | 'inflection-2023-round'       |
| 'Runway'        | 'runway-2023-round'           |
(4 rows)
*/
