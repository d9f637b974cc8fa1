// graph: articles
// Who uses how many of which chip, where the count is stated?
MATCH (u)-[r:USES]->(c:Chip)
WHERE r.count IS NOT NULL
RETURN u.name AS user, c.name AS chip, r.count AS count, r.purpose AS purpose
ORDER BY count DESC, user, chip;
/* expect
| user            | chip                        | count  | purpose                        |
| 'Meta'          | 'NVIDIA GPUs (unspecified)' | 350000 | 'GPUs held by end of 2024'     |
| 'ChatGPT'       | 'A100'                      | 30000  | null                           |
| 'OpenAI'        | 'A100'                      | 30000  | 'ChatGPT'                      |
| 'Google'        | 'H100'                      | 26000  | 'A3 supercomputer'             |
| 'Inflection AI' | 'H100'                      | 22000  | 'supercomputer with CoreWeave' |
| 'Meta'          | 'A100'                      | 16000  | 'RSC supercomputer'            |
| 'OpenAI'        | 'HGX A100'                  | 3617   | 'ChatGPT'                      |
| 'CoreWeave'     | 'H100'                      | 3584   | 'MLPerf GPT-3 cluster'         |
(8 rows)
*/
