// graph: articles
// Which chips do OpenAI and ChatGPT run on, and how many?
MATCH (u)-[r:USES]->(c:Chip)
WHERE u.name IN ['OpenAI', 'ChatGPT']
RETURN u.name AS user, c.name AS chip, r.count AS count, r.purpose AS purpose
ORDER BY user, chip;
/* expect
| user      | chip                        | count | purpose   |
| 'ChatGPT' | 'A100'                      | 30000 | null      |
| 'OpenAI'  | 'A100'                      | 30000 | 'ChatGPT' |
| 'OpenAI'  | 'H100'                      | null  | null      |
| 'OpenAI'  | 'HGX A100'                  | 3617  | 'ChatGPT' |
| 'OpenAI'  | 'NVIDIA GPUs (unspecified)' | null  | null      |
(5 rows)
*/
