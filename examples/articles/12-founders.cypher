// graph: articles
// Who founded which company, and in which year where known?
MATCH (p:Person)-[f:FOUNDED]->(c:Company)
RETURN c.name AS company, p.name AS founder, f.year AS year
ORDER BY company, founder;
/* expect
| company                  | founder            | year |
| 'Altman AI chip venture' | 'Sam Altman'       | null |
| 'CoreWeave'              | 'Brannin McBee'    | 2017 |
| 'D2D Consulting'         | 'Jay Goldberg'     | null |
| 'DeepMind'               | 'Mustafa Suleyman' | null |
| 'Didi'                   | 'Cheng Wei'        | null |
| 'Inflection AI'          | 'Mustafa Suleyman' | 2022 |
| 'Light Year'             | 'Wang Huiwen'      | 2023 |
| 'LinkedIn'               | 'Reid Hoffman'     | null |
| 'Meituan'                | 'Wang Huiwen'      | null |
| 'Meituan'                | 'Wang Xing'        | null |
| 'Microsoft'              | 'Bill Gates'       | 1975 |
| 'NVIDIA'                 | 'Jensen Huang'     | 1993 |
| 'OpenAI'                 | 'Sam Altman'       | 2015 |
| 'Stability AI'           | 'Emad Mostaque'    | null |
| 'xAI'                    | 'Elon Musk'        | 2023 |
(15 rows)
*/
