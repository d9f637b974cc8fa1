// graph: articles
// Which companies NVIDIA invested in also run H100s, and how many?
MATCH (:Company {name: 'NVIDIA'})-[:INVESTED_IN]->(c:Company)-[u:USES]->(:Chip {name: 'H100'})
RETURN c.name AS company, u.count AS h100_count
ORDER BY company;
/* expect
| company         | h100_count |
| 'CoreWeave'     | 3584       |
| 'Inflection AI' | 22000      |
(2 rows)
*/
